// Decides from Neo4j's own EXPLAIN plan whether the console may run a query: only plain reads of the graph.

/** A plan as the driver gives it in a result summary. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

/** What the console refuses and why; `read_only` for writes, schema changes and LOAD CSV. */
export interface PlanRefusal {
  code: 'read_only' | 'not_allowed';
  reason: string;
}

/**
 * The procedures the console may call: schema introspection that reads nothing but the graph's own shape.
 * Anything else (dbms.*, db.stats.*, tx.*, plugins) is refused, whatever mode it declares.
 */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
];

/**
 * The plan operators of a plain read, as Neo4j 5 names them in plan descriptions (the parallel runtime's
 * `Partitioned...` forms are the same operators). Any operator not here refuses the query: administration
 * and SHOW / TERMINATE commands, writes, schema changes, LOAD CSV, CALL {} IN TRANSACTIONS, and operators
 * a later Neo4j may add until they are looked at and listed.
 */
const READ_OPERATORS = new Set([
  // Leaves: scans, seeks and counts.
  'AllNodesScan',
  'Argument',
  'EmptyRow',
  'Input',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'AssertingMultiRelationshipIndexSeek',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeekByRange',
  'UndirectedRelationshipUniqueIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  // Expanding patterns and paths.
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS,All)',
  'VarLengthExpand(Pruning,BFS,Into)',
  'PathPropagatingBFS',
  'ShortestPath',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'Repeat(Trail)',
  'BidirectionalRepeat(Trail)',
  'RepeatOptions',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  // Rows: filtering, projecting, ordering, grouping, joining, subqueries that read.
  'Filter',
  'Projection',
  'Aggregation',
  'EagerAggregation',
  'OrderedAggregation',
  'Distinct',
  'OrderedDistinct',
  'Sort',
  'PartialSort',
  'Top',
  'Top1WithTies',
  'PartialTop',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Unwind',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'Optional',
  'Anti',
  'Eager',
  'CacheProperties',
  'NullifyMetadata',
  'AssertSameNode',
  'AssertSameRelationship',
  'PreserveOrder',
  'ArgumentTracker',
  'EmptyResult',
  'ProduceResults',
  // Checked further: only the procedures of ALLOWED_PROCEDURES.
  'ProcedureCall',
]);

/** Operators that load files: refused as before, with the read-only answer. */
const LOAD_OPERATORS = new Set(['LoadCSV']);

interface Operator {
  name: string;
  database: string | undefined;
  details: string;
}

/** Neo4j 5 names each operator `Name@database`. */
function operatorOf(plan: PlanNode): Operator {
  const at = plan.operatorType.lastIndexOf('@');
  const name = at === -1 ? plan.operatorType : plan.operatorType.slice(0, at);
  const details = plan.arguments?.Details;
  return {
    name: name.startsWith('Partitioned') ? name.slice('Partitioned'.length) : name,
    database: at === -1 ? undefined : plan.operatorType.slice(at + 1),
    details: typeof details === 'string' ? details : '',
  };
}

/** Every operator of the plan, without recursion (plans of long UNIONs are deep). */
function operatorsOf(plan: PlanNode): Operator[] {
  const operators: Operator[] = [];
  const pending = [plan];
  for (let node = pending.pop(); node; node = pending.pop()) {
    operators.push(operatorOf(node));
    pending.push(...node.children);
  }
  return operators;
}

/** A ProcedureCall's details start with the procedure's name: `db.labels() :: (label :: STRING)`. */
function procedureName(details: string): string {
  return details.slice(0, details.indexOf('(')).trim();
}

/** Whether the expressions of an operator call one of `functions` (Neo4j prints calls as `name(`). */
function callsFunction(details: string, functions: readonly string[]): string | undefined {
  const text = details.replaceAll('`', '').toLowerCase();
  return functions.find((name) => text.includes(`${name.toLowerCase()}(`));
}

/**
 * Why the console must not run a query with this plan, or undefined when it is a plain read of `database`:
 * every operator on that database and on the read allow-list, every procedure on ALLOWED_PROCEDURES, no
 * call to a user-defined function (`userFunctions`: what the server lists as not built in), and Neo4j's own
 * query type `r`.
 */
export function planRefusal(
  plan: PlanNode | false | undefined,
  queryType: string,
  context: { database: string; userFunctions: readonly string[] },
): PlanRefusal | undefined {
  if (!plan) return { code: 'not_allowed', reason: 'Neo4j gave no plan for this query' };
  const operators = operatorsOf(plan);
  const elsewhere = operators.find(
    (operator) => operator.database !== undefined && operator.database !== context.database,
  );
  if (elsewhere) {
    return {
      code: 'not_allowed',
      reason: `the console reads only the database "${context.database}", and this query uses "${elsewhere.database}"`,
    };
  }
  const command = operators.find(
    (operator) =>
      operator.name === 'AdministrationCommand' ||
      operator.name.startsWith('Show') ||
      operator.name.startsWith('Terminate'),
  );
  if (command) {
    return {
      code: 'not_allowed',
      reason: `the console does not run administration, SHOW or TERMINATE commands (${command.name})`,
    };
  }
  for (const operator of operators.filter((candidate) => candidate.name === 'ProcedureCall')) {
    const name = procedureName(operator.details);
    if (!ALLOWED_PROCEDURES.includes(name)) {
      return {
        code: 'not_allowed',
        reason: `the console calls only the procedures ${ALLOWED_PROCEDURES.join(', ')}; not ${name || 'this one'}`,
      };
    }
  }
  if (queryType !== 'r') {
    return {
      code: 'read_only',
      reason: `the console runs read-only queries, and this one would ${queryType === 's' ? 'change the schema' : 'write'}`,
    };
  }
  if (operators.some((operator) => LOAD_OPERATORS.has(operator.name))) {
    return { code: 'read_only', reason: 'the console does not run LOAD CSV' };
  }
  const unknown = operators.find((operator) => !READ_OPERATORS.has(operator.name));
  if (unknown) {
    return {
      code: 'not_allowed',
      reason: `the console runs only plain reads of the graph, and this query's plan has ${unknown.name}`,
    };
  }
  for (const operator of operators) {
    const called = callsFunction(operator.details, context.userFunctions);
    if (called) {
      return {
        code: 'not_allowed',
        reason: `the console calls only Neo4j's built-in functions; not the user-defined ${called}`,
      };
    }
  }
  return undefined;
}
