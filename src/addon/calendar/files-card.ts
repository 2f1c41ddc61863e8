/**
 * The files of a linked event card: Drive links that open in Drive, named from the event's
 * own attachments when they match (read in place; the backend only has the link), added by
 * link or, in one click, from the event's attachments.
 */
import type { MeetingFile } from '../../shared/contract';
import { Callbacks } from '../actions';
import type { UiContext } from '../common/context';
import type { EventAttachment } from '../google/calendar';
import { actionOf, buttonSet, textButton } from '../ui/actions';
import { escapeHtml, muted } from '../ui/text';
import type { MeetingSectionContext } from './card-model';
import { Field } from './inputs';
import { Param, refParams } from './params';

type Section = GoogleAppsScript.Card_Service.CardSection;

/** The file id in Drive links: ".../d/<id>/..." or "...?id=<id>". */
export function driveFileId(url: string): string | null {
  return /\/d\/([\w-]{10,})/.exec(url)?.[1] ?? /[?&]id=([\w-]{10,})/.exec(url)?.[1] ?? null;
}

function sameFile(a: string, b: string): boolean {
  const id = driveFileId(a);
  return a === b || (id !== null && id === driveFileId(b));
}

/** The event's attachments not in the meeting yet. */
export function attachmentsToAdd(
  attachments: EventAttachment[],
  files: MeetingFile[],
): EventAttachment[] {
  return attachments.filter(
    (attachment) => !files.some((file) => sameFile(file.url, attachment.url)),
  );
}

function fileName(ui: UiContext, file: MeetingFile, attachments: EventAttachment[]): string {
  const attachment = attachments.find((candidate) => sameFile(candidate.url, file.url));
  return attachment?.title || ui.t('calendar.files.driveFile');
}

export function filesSection(context: MeetingSectionContext): Section {
  const { ui, ref, view, event } = context;
  const section = CardService.newCardSection().setHeader(ui.t('calendar.files.title'));
  if (view.files.length === 0) {
    section.addWidget(CardService.newTextParagraph().setText(muted(ui.t('calendar.files.empty'))));
  }
  for (const file of view.files) {
    const widget = CardService.newDecoratedText()
      .setText(escapeHtml(fileName(ui, file, event.attachments)))
      .setBottomLabel(escapeHtml(file.url))
      .setWrapText(true)
      .setOpenLink(CardService.newOpenLink().setUrl(file.url));
    if (file.addedByMe || view.access.canRemoveAnyContent) {
      widget.setButton(
        textButton(
          ui.t('calendar.remove'),
          actionOf(Callbacks.removeFile, refParams(ref, { [Param.itemId]: file.id })),
        ),
      );
    }
    section.addWidget(widget);
  }
  section
    .addWidget(
      CardService.newTextInput().setFieldName(Field.fileUrl).setTitle(ui.t('calendar.files.new')),
    )
    .addWidget(
      buttonSet(
        textButton(ui.t('calendar.files.add'), actionOf(Callbacks.addFile, refParams(ref))),
      ),
    );
  const missing = attachmentsToAdd(event.attachments, view.files);
  if (missing.length > 0) {
    section.addWidget(
      buttonSet(
        textButton(
          ui.t('calendar.files.addAttachments', { count: missing.length }),
          actionOf(
            Callbacks.addEventAttachments,
            refParams(ref, {
              [Param.urls]: missing.map((attachment) => attachment.url).join('\n'),
            }),
          ),
        ),
      ),
    );
  }
  return section;
}
