/** Words of the report module on pages: stored attachments (evidence). Simplified Chinese; a district adapting the wording edits this file. */
export const reportTexts = {
  /** Beside a stored file of a type whose metadata could not be removed (author, device, place may remain). */
  metadataKept: '元数据未清除（文件中可能仍有作者、设备或位置信息，转发前请注意）',
  evidence: {
    unnamed: '未命名附件',
    imageAlt: (name: string) => `附件图片：${name}`,
    audited: '打开或下载附件均记入审计日志。',
    kind: (mediaType: string) =>
      mediaType.startsWith('image/')
        ? '图片'
        : mediaType === 'application/pdf'
          ? 'PDF 文件'
          : mediaType.startsWith('audio/')
            ? '录音'
            : /word|document/.test(mediaType)
              ? 'Word 文档'
              : /sheet|excel/.test(mediaType)
                ? 'Excel 表格'
                : '文件',
  },
} as const;
