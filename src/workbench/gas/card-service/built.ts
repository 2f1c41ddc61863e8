/** A finished card or response: immutable JSON, as Apps Script's built objects are. */
import type { Raise } from '../runtime';
import { Component, RENDER } from './component';

export abstract class Built<Json> extends Component<Json> {
  private readonly json: string;

  constructor(raise: Raise, json: Json) {
    super(raise);
    this.json = JSON.stringify(json);
  }

  printJson(): string {
    return JSON.stringify(JSON.parse(this.json), null, 2);
  }

  [RENDER](): Json {
    return JSON.parse(this.json) as Json;
  }
}
