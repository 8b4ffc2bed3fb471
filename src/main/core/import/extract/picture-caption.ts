/**
 * A picture's caption set on a line of its own under the headline ("某村合作社机械化种植（资料图）",
 * "…现场（记者 张三 摄）", "…（某某供图）"): it tells what a photo shows, never the page's title.
 * A bare （图） is left alone: older portals append it to their own headlines.
 */
const CAPTION_MARK = /[(（]\s*(?:资料图片?|[^()（）]{0,16}?(?:摄|供图|摄影))\s*[)）]$/;

export function isPictureCaption(line: string): boolean {
  return CAPTION_MARK.test(line.trim());
}
