/**
 * Measures the address parser on labelled public corpora (NAACL 2019 Chinese address parsing, CCKS 2021
 * address NER): span-level precision, recall and F1 per mapped label and micro-averaged. The corpora are
 * read by path and never shipped.
 */
@NullMarked
package org.xiaoqu.address.eval;

import org.jspecify.annotations.NullMarked;
