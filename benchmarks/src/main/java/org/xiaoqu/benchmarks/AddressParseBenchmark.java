package org.xiaoqu.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xiaoqu.address.AddressParser;

/**
 * Free-text address parsing on one thread: the score is addresses per second (one operation = one
 * address, over a seeded mix of {@value #ADDRESSES} generated addresses). The secondary counter
 * {@code cpuNanos} is the thread's CPU time, so that on a busy machine the script can also state the
 * rate per second of CPU the thread actually had.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m", "-Dfile.encoding=UTF-8"})
@Threads(1)
public class AddressParseBenchmark {
    static final int ADDRESSES = 10_000;

    private AddressParser parser;
    private String[] addresses;

    @Setup
    public void setUp() {
        parser = AddressParser.hunan();
        addresses = AddressMix.generate(ADDRESSES, 20261128L);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time used by the benchmark thread, which JMH reports per second of wall-clock time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cpu {
        public long cpuNanos;
    }

    @Benchmark
    @OperationsPerInvocation(ADDRESSES)
    public void parse(Blackhole bh, Cpu cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (String a : addresses) {
            bh.consume(parser.parse(a));
        }
        cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    }
}
