import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { MANIFEST, buildManifest, listFiles, zipPackage } from '../../../tools/scorm/package';
import { type XmlElement, child, childrenNamed, parseXml } from '../../support/xml';

const dir = mkdtempSync(join(tmpdir(), 'frontline-scorm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BUILD: Record<string, string> = {
  'index.html': '<!doctype html><title>Frontline</title><script type="module" src="./assets/index-B1.js"></script>',
  'verify.html': '<!doctype html>',
  'assets/index-B1.js': 'console.log("game")',
  'assets/inter-latin-400.woff2': 'wOF2',
  'audio/new post & ping.ogg': 'OggS',
};
for (const [path, text] of Object.entries(BUILD)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Checks a manifest as an LMS reads it; returns the launch (href + parameters) and the listed files. */
function checkManifest(xml: string, root: string): { launch: string; listed: string[]; mastery: string } {
  const manifest = parseXml(xml);
  expect(manifest.name).toBe('manifest');
  expect(manifest.attrs.xmlns).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
  expect(manifest.attrs['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
  expect(manifest.attrs.identifier).toMatch(/^[A-Za-z_][\w.-]*$/);
  const metadata = child(manifest, 'metadata');
  expect(child(metadata, 'schema').text).toBe('ADL SCORM');
  expect(child(metadata, 'schemaversion').text).toBe('1.2');
  const organizations = child(manifest, 'organizations');
  const organization = child(organizations, 'organization');
  expect(organizations.attrs.default).toBe(organization.attrs.identifier);
  expect(child(organization, 'title').text).not.toBe('');
  const item = child(organization, 'item');
  expect(child(item, 'title').text).not.toBe('');
  const mastery = child(item, 'adlcp:masteryscore').text;
  expect(Number(mastery)).toBeGreaterThanOrEqual(0);
  expect(Number(mastery)).toBeLessThanOrEqual(100);
  const resources = childrenNamed(child(manifest, 'resources'), 'resource');
  const sco = resources.find((r) => r.attrs.identifier === item.attrs.identifierref) as XmlElement;
  expect(sco).toBeDefined();
  expect(sco.attrs.type).toBe('webcontent');
  expect(sco.attrs['adlcp:scormtype']).toBe('sco');
  const listed = childrenNamed(sco, 'file').map((f) => decodeURIComponent(f.attrs.href!));
  expect(listed).toContain(decodeURIComponent(sco.attrs.href!));
  // Every file listed exists, and every file of the package is listed.
  for (const file of listed) expect(existsSync(join(root, file)), file).toBe(true);
  expect([...listed].sort()).toEqual(listFiles(root).filter((f) => f !== MANIFEST));
  // Identifiers are unique.
  const ids = [manifest, organization, item, ...resources].map((e) => e.attrs.identifier);
  expect(new Set(ids).size).toBe(ids.length);
  return { launch: sco.attrs.href! + (item.attrs.parameters ?? ''), listed, mastery };
}

describe('imsmanifest.xml', () => {
  const files = listFiles(dir);

  it('is well-formed SCORM 1.2 with one SCO item that launches the menu and lists every file', () => {
    const xml = buildManifest({
      identifier: 'frontline',
      title: 'Frontline',
      masteryScore: 60,
      launch: 'index.html',
      parameters: '',
      files,
    });
    const { launch, listed, mastery } = checkManifest(xml, dir);
    expect(launch).toBe('index.html');
    expect(mastery).toBe('60');
    expect(listed).toContain('audio/new post & ping.ogg');
    expect(xml).toContain('href="audio/new%20post%20%26%20ping.ogg"');
  });

  it('launches one scenario’s briefing through the item’s parameters, escaped as XML', () => {
    const xml = buildManifest({
      identifier: 'frontline-defect-crisis-fr',
      title: 'Frontline — Crise <défaut> & co',
      masteryScore: 75,
      launch: 'index.html',
      parameters: '?scenario=defect-crisis&lang=fr',
      files,
    });
    expect(xml).toContain('parameters="?scenario=defect-crisis&amp;lang=fr"');
    const { launch, mastery } = checkManifest(xml, dir);
    expect(launch).toBe('index.html?scenario=defect-crisis&lang=fr');
    expect(mastery).toBe('75');
    expect(parseXml(xml).children[1]!.children[0]!.children[0]!.text).toBe('Frontline — Crise <défaut> & co');
  });

  it('refuses a launch file not in the package, a bad identifier or mastery score', () => {
    const base = { identifier: 'frontline', title: 'F', masteryScore: 60, launch: 'index.html', parameters: '', files };
    expect(() => buildManifest({ ...base, launch: 'start.html' })).toThrow(/not in the package/);
    expect(() => buildManifest({ ...base, identifier: '1 frontline' })).toThrow(/identifier/);
    expect(() => buildManifest({ ...base, masteryScore: 101 })).toThrow(/mastery/);
  });

  it('is checked by a reader that does fail on what is not well-formed', () => {
    for (const bad of ['<a><b></a>', '<a x=1/>', '<a>&</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a>']) {
      expect(() => parseXml(bad), bad).toThrow(/not well-formed/);
    }
  });
});

describe('the zip', () => {
  it('holds the manifest at its root and every file of the build, byte for byte', () => {
    const files = listFiles(dir);
    const xml = buildManifest({
      identifier: 'frontline',
      title: 'Frontline',
      masteryScore: 60,
      launch: 'index.html',
      parameters: '',
      files,
    });
    const zip = zipPackage(dir, files, xml);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([MANIFEST, ...files].sort());
    expect(new TextDecoder().decode(entries[MANIFEST])).toBe(xml);
    for (const f of files) expect(Buffer.from(entries[f]!).equals(readFileSync(join(dir, f))), f).toBe(true);
    // The same build gives the same zip (fixed dates).
    expect(Buffer.from(zipPackage(dir, files, xml)).equals(Buffer.from(zip))).toBe(true);
  });
});

// When a package has been built (npm run build:scorm), its real manifest is checked too.
const built = join(__dirname, '..', '..', '..', 'dist-scorm');
describe.skipIf(!existsSync(join(built, MANIFEST)))('the package built in dist-scorm/', () => {
  it('has a manifest that lists every file of the build', () => {
    const { launch, listed } = checkManifest(readFileSync(join(built, MANIFEST), 'utf8'), built);
    expect(launch.startsWith('index.html')).toBe(true);
    expect(listed.some((f) => /^assets\/.+\.js$/.test(f))).toBe(true);
  });
});
