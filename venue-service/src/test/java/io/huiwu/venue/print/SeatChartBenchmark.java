package io.huiwu.venue.print;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Not a test: times the seat chart of a 10,000-seat hall (two floors of 50 rows, each of four blocks of 25 seats;
 * 9,600 people in 40 delegations, 20 seats blocked) drawn and written as SVG, and printed on an A3 page.
 * docs/benchmarks.md has the command and the figures.
 */
public final class SeatChartBenchmark {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";

    private SeatChartBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        SeatChart.Chart chart = hall();
        int[] size = new int[1];
        time("10,000 seats: laid out and written as SVG", rounds, () -> {
            String svg = SvgSheet.write(SeatChart.draw(chart));
            size[0] = svg.getBytes(StandardCharsets.UTF_8).length;
            return svg;
        });
        System.out.printf("  SVG: %,d bytes%n", size[0]);
        Printed.keep("benchmark-10000.svg", SvgSheet.write(SeatChart.draw(chart)).getBytes(StandardCharsets.UTF_8));
        Rectangle a3 = new Rectangle(PageSize.A3.getHeight(), PageSize.A3.getWidth());
        time("10,000 seats: laid out and printed on an A3 page", rounds, () -> {
            byte[] pdf = PdfSheet.write(SeatChart.draw(chart), a3, "打印于 2030年3月5日 08:00");
            size[0] = pdf.length;
            return pdf;
        });
        System.out.printf("  PDF: %,d bytes%n", size[0]);
    }

    static SeatChart.Chart hall() {
        List<SeatChart.Floor> floors = new ArrayList<>();
        List<SeatChart.Seat> seats = new ArrayList<>();
        List<String> delegations = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            delegations.add("第" + (d + 1) + "代表团");
        }
        int person = 0;
        for (int floor = 1; floor <= 2; floor++) {
            List<SeatChart.Block> blocks = new ArrayList<>();
            for (int b = 0; b < 4; b++) {
                SeatChart.Block block = new SeatChart.Block(String.valueOf((char) ('A' + b)), 1, 50, 25, 1 + b * 25);
                blocks.add(block);
                for (int row = 1; row <= 50; row++) {
                    for (int n = block.firstSeat(); n < block.firstSeat() + 25; n++) {
                        String id = "F" + floor + "-R" + row + "-S" + n;
                        boolean blocked = row == 50 && n <= 10;
                        boolean seated = !blocked && person < 9_600;
                        String name = seated ? name(person) : null;
                        String delegation = seated ? delegations.get(person / 240) : null;
                        if (seated) {
                            person++;
                        }
                        seats.add(new SeatChart.Seat(id, id, floor, block.code(), row, n, name, delegation,
                                blocked ? "设备" : null));
                    }
                }
            }
            floors.add(new SeatChart.Floor(floor, blocks));
        }
        return new SeatChart.Chart("大会堂座位图", "第一次全体会议", floors, seats, delegations);
    }

    private static String name(int n) {
        String name = "" + SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.charAt(n / 7 % GIVEN.length());
        return n % 3 == 0 ? name + GIVEN.charAt(n / 11 % GIVEN.length()) : n % 50 == 1 ? "欧阳" + name.substring(1)
                + "华" : name;
    }

    private static void time(String what, int rounds, Supplier<Object> task) {
        for (int i = 0; i < 3; i++) {
            task.get();
        }
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            task.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %d ms, max %d ms (%d rounds after 3 of warm-up)%n", what, millis[rounds / 2],
                millis[rounds - 1], rounds);
    }
}
