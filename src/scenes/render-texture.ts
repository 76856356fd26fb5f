import type * as Phaser from 'phaser';

/**
 * `scene.add.renderTexture`, without the WebGL texture Phaser 4.2.1 leaves behind with each one:
 * the DynamicTexture's TextureSource makes a texture, then the DynamicTexture puts its drawing
 * context's texture in its place and never deletes the first, which stays registered with the
 * renderer for the life of the game (phaserjs/phaser#7379). The desk makes one per visit.
 *
 * Deletes what this creation registered with the renderer and the render texture does not use:
 * nothing under the canvas renderer, nothing once Phaser no longer leaks.
 */
export function addRenderTexture(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
): Phaser.GameObjects.RenderTexture {
  const renderer = scene.renderer as Partial<Phaser.Renderer.WebGL.WebGLRenderer>;
  const before = new Set(renderer.glTextureWrappers ?? []);
  const rt = scene.add.renderTexture(x, y, width, height);
  const used = new Set(rt.texture.source.map((s) => s.glTexture));
  for (const wrapper of [...(renderer.glTextureWrappers ?? [])]) {
    if (!before.has(wrapper) && !used.has(wrapper)) renderer.deleteTexture?.(wrapper);
  }
  return rt;
}
