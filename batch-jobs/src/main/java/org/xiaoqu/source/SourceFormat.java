package org.xiaoqu.source;

/** The format of a file, decided by its content, never by its extension. */
public enum SourceFormat {
    /** Delimited text (comma, tab or semicolon). */
    CSV,
    /** Office Open XML workbook, read streaming. */
    XLSX,
    /** Legacy Excel 97–2003 workbook (OLE2). */
    XLS
}
