package org.xiaoqu.address.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.AddressComponent;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/** Reads a CoNLL corpus ({@code <token> <tag>} per line, a blank line between addresses). */
final class CorpusReader {
    private CorpusReader() {}

    static List<LabelledAddress> read(Corpus corpus, Path file) {
        List<LabelledAddress> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            List<LabelledAddress.Gold> gold = new ArrayList<>();
            String openLabel = null;
            int openStart = -1;
            int lineNo = 0;
            for (String line = r.readLine(); ; line = r.readLine()) {
                lineNo++;
                if (line == null || line.isBlank()) {
                    close(gold, openLabel, openStart, text.length());
                    openLabel = null;
                    if (text.length() > 0) {
                        out.add(new LabelledAddress(text.toString(), gold));
                    }
                    text.setLength(0);
                    gold = new ArrayList<>();
                    if (line == null) {
                        break;
                    }
                    continue;
                }
                int sp = line.lastIndexOf(' ');
                if (sp <= 0) {
                    throw new XiaoquException(
                            ExitCode.USAGE,
                            file + ":" + lineNo + ": expected '<token> <tag>', found '" + line + "'; is this a "
                                    + corpus.name().toLowerCase() + " corpus file?");
                }
                String token = line.substring(0, sp);
                String tag = line.substring(sp + 1).strip();
                char kind = tag.charAt(0);
                String label = tag.length() > 2 ? tag.substring(2) : "";
                int start = text.length();
                boolean continues = (kind == 'I' || kind == 'E') && label.equals(openLabel);
                if (!continues) {
                    close(gold, openLabel, openStart, start);
                    openLabel = null;
                    if (kind == 'B' || kind == 'S' || kind == 'I' || kind == 'E') {
                        openLabel = label;
                        openStart = start;
                    }
                }
                text.append(token);
                if (kind == 'S' || kind == 'E') {
                    close(gold, openLabel, openStart, text.length());
                    openLabel = null;
                }
            }
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.USAGE, "cannot read corpus file " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void close(List<LabelledAddress.Gold> gold, @Nullable String label, int start, int end) {
        if (label == null || end <= start) {
            return;
        }
        AddressComponent c = Corpus.component(label);
        if (c != null) {
            gold.add(new LabelledAddress.Gold(c, start, end));
        }
    }
}
