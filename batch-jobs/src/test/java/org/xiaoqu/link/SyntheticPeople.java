package org.xiaoqu.link;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes two Febrl-like CSV files for the scale benchmark: {@code a.csv} with n people and {@code b.csv} with n
 * records of which half are noisy copies of people in a (typos, swapped digits, blanks) and half are new.
 * The truth is the {@code entity} column. Usage: {@code SyntheticPeople OUT_DIR N [SEED]}.
 */
public final class SyntheticPeople {
    private static final String[] SYLLABLES = {
        "an", "bel", "cor", "dan", "el", "fer", "gar", "hal", "in", "jo", "kel", "lin", "mar", "nor", "os", "pet",
        "quin", "ros", "sam", "tor", "ul", "van", "wil", "xan", "yor", "zel", "bri", "cla", "dre", "fio", "gwe", "har",
        "isa", "jun", "kai", "leo", "mil", "nia", "oli", "pri"
    };
    private static final String[] STREETS = {"street", "road", "avenue", "place", "crescent", "circuit", "lane"};

    private SyntheticPeople() {}

    record Person(String given, String surname, String dob, String postcode, String number, String street) {}

    static Person random(Random r) {
        String given = syl(r) + syl(r);
        String surname = syl(r) + syl(r) + (r.nextBoolean() ? syl(r) : "");
        String dob = String.format("%04d%02d%02d", 1930 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String postcode = String.format("%04d", r.nextInt(10000));
        String number = String.valueOf(1 + r.nextInt(400));
        String street = syl(r) + syl(r) + " " + STREETS[r.nextInt(STREETS.length)];
        return new Person(given, surname, dob, postcode, number, street);
    }

    private static String syl(Random r) {
        return SYLLABLES[r.nextInt(SYLLABLES.length)];
    }

    static String typo(String s, Random r) {
        if (s.length() < 2) {
            return s;
        }
        int i = r.nextInt(s.length() - 1);
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            default -> s.substring(0, i) + (char) ('a' + r.nextInt(26)) + s.substring(i + 1);
        };
    }

    static Person noisy(Person p, Random r) {
        String given = r.nextInt(5) == 0 ? typo(p.given(), r) : p.given();
        String surname = r.nextInt(5) == 0 ? typo(p.surname(), r) : p.surname();
        String dob = r.nextInt(10) == 0 ? typo(p.dob(), r) : p.dob();
        String postcode = r.nextInt(10) == 0 ? "" : p.postcode();
        String number = r.nextInt(10) == 0 ? typo(p.number(), r) : p.number();
        String street = r.nextInt(5) == 0 ? typo(p.street(), r) : p.street();
        return new Person(given, surname, dob, postcode, number, street);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        Files.createDirectories(out);
        Random r = new Random(seed);
        Random noise = new Random(seed + 1);
        String header = "id,entity,given_name,surname,date_of_birth,postcode,street_number,street\n";
        try (BufferedWriter a = Files.newBufferedWriter(out.resolve("a.csv"), StandardCharsets.UTF_8);
                BufferedWriter b = Files.newBufferedWriter(out.resolve("b.csv"), StandardCharsets.UTF_8)) {
            a.write(header);
            b.write(header);
            for (int i = 0; i < n; i++) {
                Person p = random(r);
                write(a, "a-" + i, "e" + i, p);
                if (i % 2 == 0) {
                    write(b, "b-" + i, "e" + i, noisy(p, noise));
                } else {
                    write(b, "b-" + i, "f" + i, random(r));
                }
            }
        }
    }

    private static void write(BufferedWriter w, String id, String entity, Person p) throws IOException {
        w.write(String.join(",", id, entity, p.given(), p.surname(), p.dob(), p.postcode(), p.number(), p.street()));
        w.write('\n');
    }
}
