// CAMEO actor type codes (the three-letter roles after a country in GDELT's actor codes: USAGOV, CHNMIL), as the
// CAMEO actor codebook names them, worded as ICEWS words the same sectors so both datasets meet on one actor
// ("Government (China)"), each with the kind of actor it makes.
import type { ActorKind } from '../model/actors';

export interface CameoActorType {
  label: string;
  kind: ActorKind;
}

export const CAMEO_ACTOR_TYPES: ReadonlyMap<string, CameoActorType> = new Map([
  ['GOV', { label: 'Government', kind: 'organisation' }],
  ['MIL', { label: 'Military', kind: 'organisation' }],
  ['COP', { label: 'Police', kind: 'organisation' }],
  ['JUD', { label: 'Judiciary', kind: 'organisation' }],
  ['LEG', { label: 'Legislature', kind: 'organisation' }],
  ['SPY', { label: 'Intelligence', kind: 'organisation' }],
  ['MED', { label: 'Media', kind: 'organisation' }],
  ['EDU', { label: 'Education', kind: 'organisation' }],
  ['HLH', { label: 'Health', kind: 'organisation' }],
  ['DEV', { label: 'Development', kind: 'organisation' }],
  ['IGO', { label: 'Intergovernmental organisation', kind: 'organisation' }],
  ['NGO', { label: 'Non-governmental organisation', kind: 'organisation' }],
  ['MNC', { label: 'Multinational corporation', kind: 'organisation' }],
  ['PTY', { label: 'Political party', kind: 'organisation' }],
  ['OPP', { label: 'Opposition', kind: 'group' }],
  ['REB', { label: 'Rebel', kind: 'group' }],
  ['INS', { label: 'Insurgent', kind: 'group' }],
  ['SEP', { label: 'Separatist', kind: 'group' }],
  ['UAF', { label: 'Unaligned armed forces', kind: 'group' }],
  ['IMG', { label: 'International militarised group', kind: 'group' }],
  ['AGR', { label: 'Agriculture', kind: 'group' }],
  ['BUS', { label: 'Business', kind: 'group' }],
  ['CRM', { label: 'Criminal', kind: 'group' }],
  ['CVL', { label: 'Citizen', kind: 'group' }],
  ['ELI', { label: 'Elite', kind: 'group' }],
  ['ENV', { label: 'Environmental group', kind: 'group' }],
  ['HRI', { label: 'Human rights group', kind: 'group' }],
  ['LAB', { label: 'Labor', kind: 'group' }],
  ['REF', { label: 'Refugee', kind: 'group' }],
  ['MOD', { label: 'Moderate', kind: 'group' }],
  ['RAD', { label: 'Radical', kind: 'group' }],
  ['NGM', { label: 'Non-governmental movement', kind: 'group' }],
  ['INT', { label: 'International', kind: 'group' }],
  ['SET', { label: 'Settler', kind: 'group' }],
  ['UIS', { label: 'Unidentified state actor', kind: 'group' }],
]);
