// A refused save told on the review screen: a 409 keeps the server's account of what changed in the file.
import { apiErrorFrom } from '../../../client/api/api-error';
import { conflictMessage } from '../../../client/review/save-errors';

describe('conflictMessage', () => {
  it('when a save is refused with 409, then the message names what changed and says nothing was written', () => {
    const error = apiErrorFrom(409, {
      error: {
        code: 'version_conflict',
        message: 'actors.yaml changed since it was read: actor b added. Read it again and redo the change',
        file: 'actors.yaml',
        changes: { added: ['b'], removed: [], changed: [] },
      },
    });
    const message = conflictMessage(error);
    expect(message).toMatch(/^Not saved: actors\.yaml changed since it was read: actor b added\./);
    expect(message).toMatch(/Nothing was written/);
  });
});
