package org.xiaoqu.report;

/** A piece of an {@link HtmlReport} section; made by {@link Blocks}. */
public interface Block {
    /** Appends the block's HTML; every text goes through {@link Html#text}. */
    void render(Html html);
}
