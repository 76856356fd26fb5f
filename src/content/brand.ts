/**
 * A brand's look: its colours (from its charter, or the game's own when a charter has none) and its logo.
 * Pure: the schema checks contrast with it, the store's selectors build the brand mark's read model.
 */

/** A colour as charters write it: `#rrggbb`. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export interface BrandColours {
  /** Fills the brand's marks and buttons. */
  primary: string;
  /** Text and icons drawn on `primary`. */
  onPrimary: string;
  /** A second colour for details (rules, tags). */
  accent: string;
}

/** The game's own colours, for a charter that names none (a teacher's, the default charter). */
export const DEFAULT_BRAND_COLOURS: BrandColours = { primary: '#334155', onPrimary: '#ffffff', accent: '#38bdf8' };

/** WCAG 2.x relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Normal text needs 4.5:1 to meet WCAG AA. */
export const AA_TEXT = 4.5;

/** Where the shipped brands' logos are served from (public/brands/), relative to the game's page. */
export const LOGO_DIR = 'brands/';

/** A brand as a view shows it: its name, colours and logo (null: the view draws its initial). */
export interface Brand {
  name: string;
  colours: BrandColours;
  /** The logo's URL relative to the page, or null. */
  logo: string | null;
}

/** The brand of a charter's `brand` block. */
export function brandOf(brand: { name: string; colours?: BrandColours | undefined; logo?: string | undefined }): Brand {
  return { name: brand.name, colours: brand.colours ?? DEFAULT_BRAND_COLOURS, logo: brand.logo ? `${LOGO_DIR}${brand.logo}` : null };
}
