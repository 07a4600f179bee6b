/** One recognised word: text, confidence 0-100, and its box in page pixels. */
export type OcrWord = [
  text: string,
  confidence: number,
  left: number,
  top: number,
  width: number,
  height: number,
];

export interface OcrPage {
  pageNo: number;
  text: string;
  /** Mean word confidence (0-100); 0 when the page has no words. */
  meanConfidence: number;
  wordCount: number;
  words: OcrWord[];
  /** Below OCR_LOW_CONFIDENCE: a person should confirm what was read from this page. */
  lowConfidence: boolean;
  /** What was done to the image before OCR (e.g. "gray300", "gray300+median"). */
  preprocess: string;
}

export interface OcrResult {
  engine: string;
  pages: OcrPage[];
}
