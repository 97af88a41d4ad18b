// The state an article is about so far: named at least twice, and twice as often as any other.
import { ArticleActors } from '../../../server/extract/actors/actor-table';
import { ArticleMemory, type Mention } from '../../../server/extract/actors/mentions';
import { registry } from './support';

/** A memory that has read the states `ids` named in turn. */
function memoryOf(ids: string[]): ArticleMemory {
  const actors = new ArticleActors(registry);
  const memory = new ArticleMemory(actors);
  ids.forEach((id, i) => {
    const state = actors.get(id);
    if (!state) throw new Error(`no actor ${id}`);
    const mention: Mention = { start: i, end: i + 1, actor: state, via: 'name' };
    memory.remember(mention);
  });
  return memory;
}

describe('the main state of an article', () => {
  it('when one state is named three times and another once, then the first is the main state', () => {
    expect(memoryOf(['china', 'north-korea', 'china', 'china']).mainState()?.id).toBe('china');
  });

  it('when two states are named about as often, then there is none', () => {
    expect(memoryOf(['china', 'north-korea', 'china', 'north-korea']).mainState()).toBeUndefined();
    expect(memoryOf(['china', 'china', 'china', 'north-korea', 'north-korea']).mainState()).toBeUndefined();
  });

  it('when a state is named once only, then there is none', () => {
    expect(memoryOf(['china']).mainState()).toBeUndefined();
  });

  it('when the states a sentence names are counted in, then they can make or unmake the main state', () => {
    const actors = new ArticleActors(registry);
    const memory = memoryOf(['china', 'china', 'china', 'north-korea']);
    const northKorea = actors.get('north-korea');
    const unitedStates = actors.get('united-states');
    if (!northKorea || !unitedStates) throw new Error('no actors');
    expect(memory.mainState()?.id).toBe('china');
    expect(memory.mainState([northKorea])).toBeUndefined();
    expect(memory.mainState([unitedStates])?.id).toBe('china');
    expect(memoryOf(['north-korea']).mainState([northKorea])?.id).toBe('north-korea');
  });
});
