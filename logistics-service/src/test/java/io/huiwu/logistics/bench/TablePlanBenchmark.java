package io.huiwu.logistics.bench;

import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.domain.dining.TablePlanning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A table plan ({@link TablePlanning}) for a generated meal: diners in delegations of 10 to 90, one in a hundred
 * ranked (the main table's candidates), one in forty halal and one in fifty vegetarian; a hall of tables of 10 in a
 * grid with a seventh more seats than diners, as many halal tables as the halal diners fill, every hundredth diner
 * pinned at an ordinary table. Times the whole plan (tables ranked, pins, main table, diet tables, delegations, seat
 * order) after a warm-up. Not a test; run as docs/benchmarks.md says. Arguments: diners (default 5000), timed runs
 * (default 20).
 */
public final class TablePlanBenchmark {

    private TablePlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Random random = new Random(23);
        List<TablePlanning.Diner> diners = new ArrayList<>();
        int delegation = 0;
        while (diners.size() < count) {
            int size = Math.min(count - diners.size(), 10 + random.nextInt(81));
            for (int i = 0; i < size; i++) {
                int n = diners.size();
                Set<Diet> diet = n % 40 == 7 ? Set.of(Diet.HALAL) : n % 50 == 3 ? Set.of(Diet.VEGETARIAN) : Set.of();
                diners.add(new TablePlanning.Diner(new UUID(0, n), "代表" + n, n % 100 == 0 ? n / 100 + 1 : null,
                        "第" + delegation + "代表团", diet));
            }
            delegation++;
        }
        List<TablePlanning.Table> tables = new ArrayList<>();
        long halal = diners.stream().filter(d -> d.diet().contains(Diet.HALAL)).count();
        int halalTables = (int) (halal + 9) / 10;
        int tableCount = (count * 8 / 7 + 9) / 10 + halalTables;
        int columns = (int) Math.ceil(Math.sqrt(tableCount));
        for (int t = 0; t < tableCount; t++) {
            int x = (t % columns - columns / 2) * 3;
            int y = 3 + (t / columns) * 3;
            tables.add(new TablePlanning.Table(new UUID(1, t), t + 1, 10, x, y, t == 0,
                    t >= tableCount - halalTables ? Diet.HALAL : null));
        }
        List<TablePlanning.Pin> pins = new ArrayList<>();
        for (int p = 50; p < count && 1 + p / 100 < tableCount - halalTables; p += 100) {
            pins.add(new TablePlanning.Pin(diners.get(p).id(), tables.get(1 + p / 100).id(), 10));
        }

        TablePlanning.Plan plan = null;
        for (int warm = 0; warm < 10; warm++) {
            plan = TablePlanning.plan(tables, diners, pins, List.of());
        }
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            plan = TablePlanning.plan(tables, diners, pins, List.of());
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        String report = String.format("table plan: %d diners, %d tables (%d halal), %d pins, %d delegations%n"
                + "placed %d, unplaced %d%n"
                + "%d runs after 10 to warm up: median %d ms, fastest %d ms, slowest %d ms%n",
                count, tableCount, halalTables, pins.size(), delegation, plan.placements().size(),
                plan.unplaced().size(), runs, millis[runs / 2], millis[0], millis[runs - 1]);
        System.out.print(report);
        Path out = Path.of("target", "table-plan-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
