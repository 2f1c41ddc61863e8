/** Blob: bytes with a content type and a name, as UrlFetch responses and Drive uploads carry. */
import { toBuffer, toScriptBytes } from './bytes';
import { guarded, type Fake } from './not-implemented';
import type { Raise } from './runtime';

type BlobApi = GoogleAppsScript.Base.Blob;

export class BlobFake implements Fake<BlobApi> {
  constructor(
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    return toScriptBytes(this.data);
  }

  getDataAsString(charset?: string): string {
    return this.data.toString(charset?.toLowerCase() === 'us-ascii' ? 'ascii' : 'utf8');
  }

  setDataFromString(string: string): this {
    this.data = Buffer.from(string, 'utf8');
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  /** For the fakes: the raw bytes, without the signed-byte conversion scripts see. */
  toBuffer(): Buffer {
    return Buffer.from(this.data);
  }
}

export function createBlob(
  raise: Raise,
  data: string | readonly number[] | Uint8Array,
  contentType: string | null = null,
  name: string | null = null,
): BlobApi {
  return guarded<BlobApi>('Blob', new BlobFake(toBuffer(data), contentType, name), raise);
}
