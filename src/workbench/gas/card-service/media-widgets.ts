/** Images and grids of images. */
import type { Fake } from '../not-implemented';
import { compact, Component, RENDER } from './component';
import { BORDER_TYPES, GRID_ITEM_LAYOUTS, HORIZONTAL_ALIGNMENTS, IMAGE_CROP_TYPES } from './enums';
import type {
  BorderStyleJson,
  ColorJson,
  GridItemJson,
  ImageComponentJson,
  WidgetJson,
} from './json';
import { ClickableWidget, colorFromHex } from './widget';

export class ImageFake
  extends ClickableWidget
  implements Fake<GoogleAppsScript.Card_Service.Image>
{
  private imageUrl?: string;
  private altText?: string;

  setImageUrl(url: string): this {
    this.imageUrl = url;
    return this;
  }

  setAltText(altText: string): this {
    this.altText = altText;
    return this;
  }

  [RENDER](): WidgetJson {
    return {
      image: compact({
        imageUrl: this.required(this.imageUrl, 'Image', 'image URL'),
        altText: this.altText,
        onClick: this.renderOnClick(),
      }),
    };
  }
}

export class BorderStyleFake
  extends Component<BorderStyleJson>
  implements Fake<GoogleAppsScript.Card_Service.BorderStyle>
{
  private type?: BorderStyleJson['type'];
  private strokeColor?: ColorJson;
  private cornerRadius?: number;

  setType(type: GoogleAppsScript.Card_Service.BorderType): this {
    this.type = this.member(type, BORDER_TYPES, 'type');
    return this;
  }

  setStrokeColor(color: string): this {
    this.strokeColor = colorFromHex(color, this.raise);
    return this;
  }

  setCornerRadius(radius: number): this {
    this.cornerRadius = radius;
    return this;
  }

  [RENDER](): BorderStyleJson {
    return compact<BorderStyleJson>({
      type: this.required(this.type, 'BorderStyle', 'type'),
      strokeColor: this.strokeColor,
      cornerRadius: this.cornerRadius,
    });
  }
}

type CropStyleJson = NonNullable<ImageComponentJson['cropStyle']>;

export class ImageCropStyleFake
  extends Component<CropStyleJson>
  implements Fake<GoogleAppsScript.Card_Service.ImageCropStyle>
{
  private type: CropStyleJson['type'] = 'SQUARE';
  private aspectRatio?: number;

  setImageCropType(type: GoogleAppsScript.Card_Service.ImageCropType): this {
    this.type = this.member(type, IMAGE_CROP_TYPES, 'imageCropType');
    return this;
  }

  setAspectRatio(ratio: number): this {
    this.aspectRatio = ratio;
    return this;
  }

  [RENDER](): CropStyleJson {
    return compact<CropStyleJson>({ type: this.type, aspectRatio: this.aspectRatio });
  }
}

export class ImageComponentFake
  extends Component<ImageComponentJson>
  implements Fake<GoogleAppsScript.Card_Service.ImageComponent>
{
  private imageUrl?: string;
  private altText?: string;
  private cropStyle?: ImageCropStyleFake;
  private borderStyle?: BorderStyleFake;

  setImageUrl(url: string): this {
    this.imageUrl = url;
    return this;
  }

  setAltText(altText: string): this {
    this.altText = altText;
    return this;
  }

  setCropStyle(imageCropStyle: GoogleAppsScript.Card_Service.ImageCropStyle): this {
    this.cropStyle = this.expect(imageCropStyle, ImageCropStyleFake, 'imageCropStyle');
    return this;
  }

  setBorderStyle(borderStyle: GoogleAppsScript.Card_Service.BorderStyle): this {
    this.borderStyle = this.expect(borderStyle, BorderStyleFake, 'borderStyle');
    return this;
  }

  [RENDER](): ImageComponentJson {
    return compact<ImageComponentJson>({
      imageUri: this.required(this.imageUrl, 'ImageComponent', 'image URL'),
      altText: this.altText,
      cropStyle: this.cropStyle?.[RENDER](),
      borderStyle: this.borderStyle?.[RENDER](),
    });
  }
}

export class GridItemFake
  extends Component<GridItemJson>
  implements Fake<GoogleAppsScript.Card_Service.GridItem>
{
  private json: GridItemJson = {};
  private image?: ImageComponentFake;

  setIdentifier(id: string): this {
    this.json.id = id;
    return this;
  }

  setTitle(title: string): this {
    this.json.title = title;
    return this;
  }

  setSubtitle(subtitle: string): this {
    this.json.subtitle = subtitle;
    return this;
  }

  setImage(image: GoogleAppsScript.Card_Service.ImageComponent): this {
    this.image = this.expect(image, ImageComponentFake, 'image');
    return this;
  }

  setLayout(layout: GoogleAppsScript.Card_Service.GridItemLayout): this {
    this.json.layout = this.member(layout, GRID_ITEM_LAYOUTS, 'layout');
    return this;
  }

  setTextAlignment(alignment: GoogleAppsScript.Card_Service.HorizontalAlignment): this {
    this.json.textAlignment = this.member(alignment, HORIZONTAL_ALIGNMENTS, 'alignment');
    return this;
  }

  [RENDER](): GridItemJson {
    return compact<GridItemJson>({ ...this.json, image: this.image?.[RENDER]() });
  }
}

export class GridFake extends ClickableWidget implements Fake<GoogleAppsScript.Card_Service.Grid> {
  private title?: string;
  private readonly items: GridItemFake[] = [];
  private borderStyle?: BorderStyleFake;
  private columnCount?: number;

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  addItem(gridItem: GoogleAppsScript.Card_Service.GridItem): this {
    this.items.push(this.expect(gridItem, GridItemFake, 'gridItem'));
    return this;
  }

  setBorderStyle(borderStyle: GoogleAppsScript.Card_Service.BorderStyle): this {
    this.borderStyle = this.expect(borderStyle, BorderStyleFake, 'borderStyle');
    return this;
  }

  setNumColumns(numColumns: number): this {
    this.columnCount = numColumns;
    return this;
  }

  [RENDER](): WidgetJson {
    return {
      grid: compact({
        title: this.title,
        items: this.items.map((item) => item[RENDER]()),
        borderStyle: this.borderStyle?.[RENDER](),
        columnCount: this.columnCount,
        onClick: this.renderOnClick(),
      }),
    };
  }
}
