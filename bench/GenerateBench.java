import java.nio.file.Path;
import org.xiaoqu.samples.CityGenerator;
import org.xiaoqu.samples.GeneratorRequest;
import org.xiaoqu.samples.GeneratorResult;
import org.xiaoqu.samples.NoiseLevel;

/** Driver for bench/generate.sh (run with java's source launcher): generates a city and prints its summary. */
public class GenerateBench {
    public static void main(String[] args) {
        GeneratorRequest request = new GeneratorRequest(
                Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), NoiseLevel.parse(args[3]));
        long start = System.nanoTime();
        GeneratorResult result = CityGenerator.generate(request);
        System.out.print(result.toText());
        System.out.printf("generation took %.1f s (inside the JVM)%n", (System.nanoTime() - start) / 1e9);
    }
}
