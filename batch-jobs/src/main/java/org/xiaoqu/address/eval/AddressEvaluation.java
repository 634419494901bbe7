package org.xiaoqu.address.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.address.AddressComponent;
import org.xiaoqu.address.AddressParser;
import org.xiaoqu.address.ParsedAddress;
import org.xiaoqu.address.Span;
import org.xiaoqu.common.XiaoquException;

/**
 * Scores the parser on a labelled corpus, span by span: a predicted span is correct when a gold span has
 * the same component, start and end. The estate span runs through an adjacent phase (the corpora label
 * 芙蓉华庭一期 as one point of interest). Nothing is fitted here: the parser is used as built.
 */
public final class AddressEvaluation {
    private static final Logger log = LoggerFactory.getLogger(AddressEvaluation.class);

    /** The components scored, i.e. those some corpus label maps onto. */
    static final List<AddressComponent> SCORED = List.of(
            AddressComponent.PROVINCE,
            AddressComponent.CITY,
            AddressComponent.DISTRICT,
            AddressComponent.TOWN,
            AddressComponent.COMMUNITY,
            AddressComponent.ROAD,
            AddressComponent.ROAD_NUMBER,
            AddressComponent.ESTATE,
            AddressComponent.BUILDING,
            AddressComponent.UNIT,
            AddressComponent.FLOOR,
            AddressComponent.ROOM);

    private static final Set<AddressComponent> NUMBERS =
            Set.of(AddressComponent.BUILDING, AddressComponent.UNIT, AddressComponent.ROOM);

    private final AddressParser parser;

    public AddressEvaluation(AddressParser parser) {
        this.parser = parser;
    }

    /**
     * Evaluates a corpus file, or the corpus's default file when {@code path} is a folder.
     *
     * @throws XiaoquException (usage) when the file is missing or not in the corpus's format
     */
    public EvaluationResult evaluate(Corpus corpus, Path path) {
        Path file = Files.isDirectory(path) ? path.resolve(corpus.defaultFile()) : path;
        if (!Files.isRegularFile(file)) {
            throw XiaoquException.usage("corpus file " + file + " not found: give the "
                    + corpus.name().toLowerCase() + " folder or its " + corpus.defaultFile());
        }
        List<LabelledAddress> addresses = CorpusReader.read(corpus, file);
        Map<AddressComponent, int[]> counts = new EnumMap<>(AddressComponent.class);
        for (AddressComponent c : SCORED) {
            counts.put(c, new int[3]);
        }
        for (LabelledAddress a : addresses) {
            score(a, counts);
        }
        List<LabelScore> labels = new ArrayList<>();
        int[] micro = new int[3];
        int[] numbers = new int[3];
        for (AddressComponent c : SCORED) {
            int[] k = counts.get(c);
            labels.add(new LabelScore(c.name().toLowerCase(), k[0], k[1], k[2]));
            for (int i = 0; i < 3; i++) {
                micro[i] += k[i];
                if (NUMBERS.contains(c)) {
                    numbers[i] += k[i];
                }
            }
        }
        EvaluationResult result = new EvaluationResult(
                corpus,
                file.toString(),
                addresses.size(),
                labels,
                new LabelScore("micro", micro[0], micro[1], micro[2]),
                new LabelScore("building+unit+room", numbers[0], numbers[1], numbers[2]),
                "prov>province city>city district>district town>town community>community road,village_group>road"
                        + " roadno>road_number poi>estate(+phase) houseno>building cellno>unit floorno>floor"
                        + " roomno>room; unscored: subpoi devzone subroad subroadno person assist redundant"
                        + " otherinfo intersection distance country");
        log.info(
                "address evaluation on {}: {} addresses, micro-F1 {}",
                file,
                addresses.size(),
                result.micro().f1());
        return result;
    }

    private void score(LabelledAddress a, Map<AddressComponent, int[]> counts) {
        ParsedAddress p = parser.parse(a.text());
        Set<Long> gold = new HashSet<>();
        for (LabelledAddress.Gold g : a.gold()) {
            counts.get(g.component())[0]++;
            gold.add(key(g.component(), g.start(), g.end()));
        }
        for (Span s : predicted(p)) {
            int[] k = counts.get(s.component());
            if (k == null) {
                continue;
            }
            k[1]++;
            if (gold.contains(key(s.component(), s.start(), s.end()))) {
                k[2]++;
            }
        }
    }

    /** The parser's spans, with the estate extended over a phase that follows it. */
    static List<Span> predicted(ParsedAddress p) {
        List<Span> out = new ArrayList<>(p.spans());
        Span estate = p.span(AddressComponent.ESTATE);
        Span phase = p.span(AddressComponent.PHASE);
        if (estate != null && phase != null && phase.start() >= estate.end()) {
            String between = p.original().substring(estate.end(), phase.start());
            if (between.chars().allMatch(ch -> ch == '(' || ch == '（' || ch == ' ')) {
                int end = phase.end();
                if (end < p.original().length()
                        && (p.original().charAt(end) == ')' || p.original().charAt(end) == '）')) {
                    end++;
                }
                out.remove(estate);
                out.add(new Span(AddressComponent.ESTATE, estate.start(), end));
            }
        }
        return out;
    }

    private static long key(AddressComponent c, int start, int end) {
        return ((long) c.ordinal() << 40) | ((long) start << 20) | end;
    }
}
