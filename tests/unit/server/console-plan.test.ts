// The console's plan check on plans shaped as Neo4j 5 returns them: what only a plugin's functions can show.
import { planRefusal, type PlanNode } from '../../../server/db/console-plan';

const operator = (operatorType: string, details: string, children: PlanNode[] = []): PlanNode => ({
  operatorType,
  arguments: { Details: details },
  children,
});

/** RETURN <expression> AS x on the database neo4j. */
const projecting = (expression: string) =>
  operator('ProduceResults@neo4j', 'x', [operator('Projection@neo4j', `${expression} AS x`)]);

const context = { database: 'neo4j', userFunctions: ['apoc.cypher.runFirstColumnSingle', 'my.secret'] };

describe('planRefusal', () => {
  it.each([
    ['apoc.cypher.runFirstColumnSingle($autostring_0, {}) '],
    ['APOC.CYPHER.RUNFIRSTCOLUMNSINGLE($autostring_0, {})'],
    ['toUpper(`my`.`secret`(1))'],
  ])('when the plan calls the user-defined function in %s, then it is refused', (expression) => {
    expect(planRefusal(projecting(expression), 'r', context)).toEqual({
      code: 'not_allowed',
      reason: expect.stringMatching(/built-in functions; not the user-defined/),
    });
  });

  it('when the plan calls only built-in functions, then it is a plain read', () => {
    expect(planRefusal(projecting('toUpper($autostring_0) + my.secretive'), 'r', context)).toBeUndefined();
  });

  it('when Neo4j gives no plan, then the query is refused', () => {
    expect(planRefusal(false, 'r', context)?.code).toBe('not_allowed');
  });
});
