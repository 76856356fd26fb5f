/**
 * A SCORM 1.2 content package: `imsmanifest.xml` (IMS Content Packaging 1.1.2 with the ADL SCORM
 * 1.2 extensions) listing every file of a build, and the zip an LMS imports (manifest at its root).
 * Pure functions of a folder; the command is build.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

export const MANIFEST = 'imsmanifest.xml';

export interface ManifestOptions {
  /** Unique in the LMS: letters, digits, '-', '_', '.' (an XML ID). */
  identifier: string;
  /** Shown by the LMS for the course and for its one item. */
  title: string;
  /** Overall score (0–100) that passes: `adlcp:masteryscore`, given back by the LMS as cmi.student_data.mastery_score. */
  masteryScore: number;
  /** The file the LMS launches. */
  launch: string;
  /** Query string the LMS appends to the launch file (`?scenario=…&lang=…`), '' for none. */
  parameters: string;
  /** Every file of the package (posix paths relative to its root), the manifest excepted. */
  files: string[];
}

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
/** A path as a URI reference: each segment percent-encoded where needed, slashes kept. */
export const fileHref = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

const ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function buildManifest(o: ManifestOptions): string {
  if (!ID.test(o.identifier))
    throw new Error(`identifier "${o.identifier}": letters, digits, '-', '_' and '.' only, starting with a letter`);
  if (!(Number.isInteger(o.masteryScore) && o.masteryScore >= 0 && o.masteryScore <= 100))
    throw new Error(`mastery score ${o.masteryScore}: an integer from 0 to 100`);
  if (!o.files.includes(o.launch)) throw new Error(`the launch file ${o.launch} is not in the package`);
  const parameters = o.parameters ? ` parameters="${escapeXml(o.parameters)}"` : '';
  const files = [...o.files]
    .sort()
    .map((f) => `      <file href="${escapeXml(fileHref(f))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${o.identifier}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${o.identifier}-org">
    <organization identifier="${o.identifier}-org">
      <title>${escapeXml(o.title)}</title>
      <item identifier="${o.identifier}-item" identifierref="${o.identifier}-sco" isvisible="true"${parameters}>
        <title>${escapeXml(o.title)}</title>
        <adlcp:masteryscore>${o.masteryScore}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${o.identifier}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(fileHref(o.launch))}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** Every file under `dir`, as sorted posix paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Formats that are compressed already: stored as they are, deflating them again only costs time. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp3|ogg|opus|m4a|webm|mp4|zip|gz|br)$/i;
/** A fixed date for every entry, so the same build gives the same zip. */
const MTIME = new Date('2026-01-01T00:00:00Z');

/** The package as a zip: the manifest at its root, then every file of `dir`. */
export function zipPackage(dir: string, files: string[], manifest: string): Uint8Array {
  const entries: Zippable = { [MANIFEST]: [new TextEncoder().encode(manifest), { level: 9, mtime: MTIME }] };
  for (const file of files) {
    if (file === MANIFEST) continue;
    const data = readFileSync(join(dir, file));
    entries[file] = [new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { level: STORED.test(file) ? 0 : 9, mtime: MTIME }];
  }
  return zipSync(entries);
}

/** Total size of the files (bytes), for the summary. */
export const sizeOf = (dir: string, files: string[]): number => files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
