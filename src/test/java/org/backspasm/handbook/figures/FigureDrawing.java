package org.backspasm.handbook.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the handbook's figures from pose descriptions: one person, the same proportions in every picture, a
 * floor (and a chair, counter or bed where the move needs one), an arrow for the direction of movement, and no
 * words. Each pose gives the hip's place and the direction of each body part; the drawing is thick round
 * strokes, the far arm and leg in grey behind the near ones, so a picture reads at phone width and in black and
 * white.
 *
 * <p>The SVGs are written to {@code content/figures/}; a clinic may replace any of them with its own drawing.
 * Run {@code java src/test/java/org/backspasm/handbook/figures/FigureDrawing.java content/figures} after
 * changing a pose; {@code FigureDrawingTest} fails while a drawn file and its pose disagree.
 *
 * <p>Directions are in degrees: 0 points right, 90 up, 180 left, 270 (or -90) down.
 */
public final class FigureDrawing {

    /** Every drawn file starts with this comment, so that the test knows which files are ours to compare. */
    public static final String MARK = "<!-- Drawn by FigureDrawing from the pose";

    static final int WIDTH = 320;
    static final int HEIGHT = 200;
    static final double FLOOR = 186;

    static final double TORSO = 66;
    static final double NECK = 9;
    static final double HEAD = 13;
    static final double UPPER_ARM = 34;
    static final double FOREARM = 32;
    static final double THIGH = 46;
    static final double SHIN = 44;
    static final double FOOT = 13;

    static final double BODY_WIDTH = 17;
    static final double LIMB_WIDTH = 11;

    static final String INK = "#1b1b1b";
    static final String FAR = "#8c8c8c";
    static final String PROP = "#6b6b6b";
    static final String ARROW = "#0a5a9c";

    private FigureDrawing() {
    }

    /** An arm: the upper arm's direction, then the forearm's. */
    record Arm(double upper, double fore) {
    }

    /** A leg: the thigh's direction, the shin's, the foot's. */
    record Leg(double thigh, double shin, double foot) {
    }

    /**
     * A body: where the hip is, which way the trunk points from hip to shoulder and how much it curves (positive
     * rounds the back up, negative lets it sag), which way the head sits on the neck, and the four limbs.
     */
    record Body(double hipX, double hipY, double trunk, double curve, double neck, Arm nearArm, Arm farArm,
                Leg nearLeg, Leg farLeg) {
    }

    /** One picture: its file name, what it shows (for the file's title), the body, and what is around it. */
    record Pose(String file, String title, Body body, java.util.function.Supplier<List<String>> props) {
    }

    /** The extent of what one picture draws, so that its view box holds the drawing and little else. */
    private static double minX;
    private static double minY;
    private static double maxX;
    private static double maxY;

    static void reach(double px, double py, double radius) {
        minX = Math.min(minX, px - radius);
        minY = Math.min(minY, py - radius);
        maxX = Math.max(maxX, px + radius);
        maxY = Math.max(maxY, py + radius);
    }

    static double x(double angle) {
        return Math.cos(Math.toRadians(angle));
    }

    static double y(double angle) {
        return -Math.sin(Math.toRadians(angle));
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    // Props, each an SVG fragment in the picture's coordinates.

    /** The floor under what is drawn, a little wider than it. */
    static String floor() {
        return line(minX - 8, FLOOR + 1.5, maxX + 8, FLOOR + 1.5, PROP, 3);
    }

    /** A mattress or mat seen from above, for the pictures drawn from above (no floor line under them). */
    static String mat(double left, double top, double right, double bottom) {
        reach(left, top, 3);
        reach(right, bottom, 3);
        return "<rect x=\"" + n(left) + "\" y=\"" + n(top) + "\" width=\"" + n(right - left) + "\" height=\""
                + n(bottom - top) + "\" rx=\"14\" fill=\"none\" stroke=\"" + PROP + "\" stroke-width=\"4\"/>";
    }

    /** A kitchen chair seen from the side, its back on the side {@code backRight}. */
    static String chair(double left, boolean backRight) {
        double seat = FLOOR - 58;
        double right = left + 50;
        double back = backRight ? right : left;
        return line(left, seat, right, seat, PROP, 6) + line(left + 3, seat, left + 3, FLOOR, PROP, 5)
                + line(right - 3, seat, right - 3, FLOOR, PROP, 5) + line(back, seat, back, seat - 52, PROP, 6);
    }

    /** A kitchen counter: a worktop and its cupboard front. */
    static String counter(double left, double width, double height) {
        double top = FLOOR - height;
        reach(left, top, 3);
        reach(left + width, FLOOR, 3);
        return "<rect x=\"" + n(left) + "\" y=\"" + n(top) + "\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" fill=\"none\" stroke=\"" + PROP + "\" stroke-width=\"4\" stroke-linejoin=\"round\"/>"
                + line(left - 4, top, left + width, top, PROP, 6);
    }

    /** A bed: mattress from {@code left} to {@code right}, its top at {@code top}, with legs. */
    static String bed(double left, double right, double top) {
        reach(left, top, 3);
        reach(right, top + 20, 3);
        return "<rect x=\"" + n(left) + "\" y=\"" + n(top) + "\" width=\"" + n(right - left) + "\" height=\"20\" "
                + "rx=\"6\" fill=\"none\" stroke=\"" + PROP + "\" stroke-width=\"4\"/>"
                + line(left + 8, top + 20, left + 8, FLOOR, PROP, 5) + line(right - 8, top + 20, right - 8, FLOOR, PROP, 5);
    }

    static String pillow(double cx, double cy, double rx, double ry) {
        reach(cx - rx, cy - ry, 2);
        reach(cx + rx, cy + ry, 2);
        return "<ellipse cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" rx=\"" + n(rx) + "\" ry=\"" + n(ry)
                + "\" fill=\"none\" stroke=\"" + PROP + "\" stroke-width=\"3.5\"/>";
    }

    /** A curved arrow from one point to another, bulging to the left of its way by {@code bulge}. */
    static String arrow(double x1, double y1, double x2, double y2, double bulge) {
        double mx = (x1 + x2) / 2;
        double my = (y1 + y2) / 2;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.hypot(dx, dy);
        double cx = mx + bulge * dy / length;
        double cy = my - bulge * dx / length;
        // The head points along the curve's last tangent (from the control point to the end).
        double tx = x2 - cx;
        double ty = y2 - cy;
        double t = Math.hypot(tx, ty);
        tx /= t;
        ty /= t;
        double size = 11;
        reach(x1, y1, 3);
        reach(x2, y2, size);
        reach((x1 + 2 * cx + x2) / 4, (y1 + 2 * cy + y2) / 4, 3);
        double bx = x2 - tx * size;
        double by = y2 - ty * size;
        // Stop the line inside the head, so that its round end does not show past the point.
        return "<path d=\"M" + n(x1) + " " + n(y1) + " Q" + n(cx) + " " + n(cy) + " " + n(x2 - tx * 6) + " "
                + n(y2 - ty * 6) + "\" fill=\"none\" stroke=\"" + ARROW + "\" stroke-width=\"4.5\" stroke-linecap=\"round\"/>"
                + "<path d=\"M" + n(x2) + " " + n(y2) + " L" + n(bx - ty * size * 0.6) + " " + n(by + tx * size * 0.6)
                + " L" + n(bx + ty * size * 0.6) + " " + n(by - tx * size * 0.6) + " Z\" fill=\"" + ARROW + "\"/>";
    }

    /** A two-way arrow: the same curve with a head at each end. */
    static String rocking(double x1, double y1, double x2, double y2, double bulge) {
        double mx = (x1 + x2) / 2 + bulge * (y2 - y1) / Math.hypot(x2 - x1, y2 - y1);
        double my = (y1 + y2) / 2 - bulge * (x2 - x1) / Math.hypot(x2 - x1, y2 - y1);
        return arrow(mx, my, x2, y2, bulge / 2) + arrow(mx, my, x1, y1, -bulge / 2);
    }

    static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        reach(x1, y1, width / 2);
        reach(x2, y2, width / 2);
        return "<path d=\"M" + n(x1) + " " + n(y1) + " L" + n(x2) + " " + n(y2) + "\" stroke=\"" + colour
                + "\" stroke-width=\"" + n(width) + "\" stroke-linecap=\"round\" fill=\"none\"/>";
    }

    static String polyline(String colour, double width, double... points) {
        StringBuilder d = new StringBuilder("M");
        for (int i = 0; i < points.length; i += 2) {
            reach(points[i], points[i + 1], width / 2);
            d.append(i == 0 ? "" : " L").append(n(points[i])).append(' ').append(n(points[i + 1]));
        }
        return "<path d=\"" + d + "\" stroke=\"" + colour + "\" stroke-width=\"" + n(width)
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\" fill=\"none\"/>";
    }

    /** The body as strokes: far limbs first, in grey, then the trunk, the head and the near limbs. */
    static String body(Body b) {
        double sx = b.hipX() + TORSO * x(b.trunk());
        double sy = b.hipY() + TORSO * y(b.trunk());
        StringBuilder svg = new StringBuilder();
        svg.append(leg(b, b.farLeg(), FAR)).append(arm(sx, sy, b.farArm(), FAR));
        // The trunk bends through a control point pushed sideways from its middle.
        double mx = (b.hipX() + sx) / 2 + b.curve() * x(b.trunk() + 90);
        double my = (b.hipY() + sy) / 2 + b.curve() * y(b.trunk() + 90);
        reach(b.hipX(), b.hipY(), BODY_WIDTH / 2);
        reach(sx, sy, BODY_WIDTH / 2);
        reach((b.hipX() + 2 * mx + sx) / 4, (b.hipY() + 2 * my + sy) / 4, BODY_WIDTH / 2);
        svg.append("<path d=\"M").append(n(b.hipX())).append(' ').append(n(b.hipY())).append(" Q").append(n(mx))
                .append(' ').append(n(my)).append(' ').append(n(sx)).append(' ').append(n(sy)).append("\" stroke=\"")
                .append(INK).append("\" stroke-width=\"").append(n(BODY_WIDTH))
                .append("\" stroke-linecap=\"round\" fill=\"none\"/>");
        double hx = sx + (NECK + HEAD) * x(b.neck());
        double hy = sy + (NECK + HEAD) * y(b.neck());
        reach(hx, hy, HEAD);
        svg.append("<circle cx=\"").append(n(hx)).append("\" cy=\"").append(n(hy)).append("\" r=\"").append(n(HEAD))
                .append("\" fill=\"").append(INK).append("\"/>");
        svg.append(leg(b, b.nearLeg(), INK)).append(arm(sx, sy, b.nearArm(), INK));
        return svg.toString();
    }

    static String arm(double sx, double sy, Arm arm, String colour) {
        double ex = sx + UPPER_ARM * x(arm.upper());
        double ey = sy + UPPER_ARM * y(arm.upper());
        double wx = ex + FOREARM * x(arm.fore());
        double wy = ey + FOREARM * y(arm.fore());
        return polyline(colour, LIMB_WIDTH, sx, sy, ex, ey, wx, wy);
    }

    static String leg(Body b, Leg leg, String colour) {
        double kx = b.hipX() + THIGH * x(leg.thigh());
        double ky = b.hipY() + THIGH * y(leg.thigh());
        double ax = kx + SHIN * x(leg.shin());
        double ay = ky + SHIN * y(leg.shin());
        double fx = ax + FOOT * x(leg.foot());
        double fy = ay + FOOT * y(leg.foot());
        return polyline(colour, LIMB_WIDTH, b.hipX(), b.hipY(), kx, ky, ax, ay, fx, fy);
    }

    /** The whole SVG file for one pose. */
    static String svg(Pose pose) {
        minX = Double.MAX_VALUE;
        minY = Double.MAX_VALUE;
        maxX = -Double.MAX_VALUE;
        maxY = -Double.MAX_VALUE;
        StringBuilder drawing = new StringBuilder();
        for (String prop : pose.props().get()) {
            drawing.append(prop).append('\n');
        }
        drawing.append(body(pose.body())).append('\n');
        // Seen from the side, the person is on a floor; seen from above (on a mat or bed), not.
        if (!drawing.toString().contains("rx=\"14\"")) {
            drawing.insert(0, floor() + "\n");
        }
        double pad = 4;
        long left = Math.round(Math.floor(minX - pad));
        long top = Math.round(Math.floor(minY - pad));
        long width = Math.round(Math.ceil(maxX + pad)) - left;
        long height = Math.round(Math.ceil(maxY + pad)) - top;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(left).append(' ').append(top)
                .append(' ').append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\">\n");
        svg.append(MARK).append(" '").append(pose.file().replace(".svg", "")).append("'; change it there. -->\n");
        svg.append("<title>").append(pose.title()).append("</title>\n");
        svg.append(drawing).append("</svg>\n");
        return svg.toString();
    }

    // The poses. A body lying on the floor has its trunk's centre half a trunk's width above the floor line.

    static final double LYING = FLOOR - BODY_WIDTH / 2;
    /** The hip of someone on hands and knees: a thigh above the floor, the knee on it. */
    static final double ON_KNEES = FLOOR - LIMB_WIDTH / 2 - THIGH;
    /** On hands and knees the arms are longer than the thighs, so the trunk rises toward the shoulders. */
    static final double ALL_FOURS_TRUNK = Math.toDegrees(Math.asin((UPPER_ARM + FOREARM - THIGH) / TORSO));

    static final Arm ALONG_SIDE = new Arm(-4, -2);
    static final Arm STRAIGHT_DOWN = new Arm(-90, -90);
    static final Arm STRAIGHT_DOWN_FAR = new Arm(-93, -91);
    static final Leg KNEELING = new Leg(-90, 180, 180);
    static final Leg KNEELING_FAR = new Leg(-94, 178, 180);
    static final Leg CROOK = new Leg(56, -66, 0);
    static final Leg CROOK_FAR = new Leg(60, -62, 0);
    static final Body CROOK_LYING = new Body(170, LYING, 180, 0, 180, ALONG_SIDE, ALONG_SIDE, CROOK, CROOK_FAR);

    static Body allFours(double curve, double neck, Arm nearArm, Arm farArm, Leg nearLeg, Leg farLeg) {
        return new Body(110, ON_KNEES, ALL_FOURS_TRUNK, curve, neck, nearArm, farArm, nearLeg, farLeg);
    }

    static List<Pose> poses() {
        List<Pose> poses = new ArrayList<>();
        poses.add(new Pose("lying-knees-bent.svg", "Lying face up, knees bent, feet flat on the floor", CROOK_LYING,
                List::of));
        poses.add(new Pose("lying-legs-on-chair.svg", "Lying face up, lower legs resting on a chair seat",
                new Body(150, LYING, 180, 0, 180, ALONG_SIDE, ALONG_SIDE, new Leg(58, 0, 90), new Leg(60, 0, 90)),
                () -> List.of(chair(178, true))));
        poses.add(new Pose("leaning-on-counter.svg", "Standing, leaning forward with both hands on a counter",
                new Body(128, FLOOR - LIMB_WIDTH / 2 - THIGH - SHIN + 3, 66, -2, 50, new Arm(-38, -48), new Arm(-34, -44),
                        new Leg(-96, -92, 0), new Leg(-86, -90, 0)),
                () -> List.of(counter(192, 78, 94))));
        poses.add(new Pose("side-lying-pillow.svg", "Lying on one side, seen from above: knees bent, a pillow between them",
                new Body(176, 90, 180, 3, 180, new Arm(-70, -10), new Arm(-80, -20),
                        new Leg(-45, 10, 0), new Leg(-40, 12, 0)),
                () -> List.of(mat(40, 46, 292, 150), pillow(210, 122, 17, 11), pillow(62, 90, 14, 30))));
        poses.add(new Pose("kneeling-at-chair.svg", "Down on one knee beside a chair, both hands on its seat",
                new Body(150, FLOOR - LIMB_WIDTH / 2 - THIGH, 82, 0, 72, new Arm(-38, -62), new Arm(-34, -60),
                        new Leg(-2, -92, 0), new Leg(-92, 178, 180)),
                () -> List.of(chair(205, true))));
        poses.add(new Pose("standing-up-from-chair.svg", "One foot forward, pushing up on a chair seat to stand",
                new Body(150, FLOOR - LIMB_WIDTH / 2 - THIGH, 82, 0, 72, new Arm(-38, -62), new Arm(-34, -60),
                        new Leg(-2, -92, 0), new Leg(-92, 178, 180)),
                () -> List.of(chair(205, true), arrow(112, 140, 112, 72, 0))));
        poses.add(new Pose("all-fours.svg", "On hands and knees, back flat",
                allFours(0, 5, STRAIGHT_DOWN, STRAIGHT_DOWN_FAR, KNEELING, KNEELING_FAR), List::of));
        poses.add(new Pose("log-roll-side.svg", "Lying on one side in bed, seen from above: knees bent, shoulders and hips in line",
                new Body(176, 90, 180, 0, 180, new Arm(-70, -10), new Arm(-80, -20),
                        new Leg(-40, 10, 0), new Leg(-36, 12, 0)),
                () -> List.of(mat(34, 40, 296, 150), pillow(62, 90, 14, 30))));
        poses.add(new Pose("log-roll-sit-up.svg", "Legs over the edge of the bed, pushing up with the arms to sit",
                new Body(196, FLOOR - 76, 128, 0, 120, new Arm(-72, -106), new Arm(-76, -104),
                        new Leg(-22, -92, 0), new Leg(-26, -90, 0)),
                () -> List.of(bed(40, 212, FLOOR - 76 + BODY_WIDTH / 2 + 1), arrow(104, 74, 124, 22, -12))));
        poses.add(new Pose("knee-rolls.svg", "Lying face up, seen from above: knees together, tipped gently to one side",
                new Body(176, 90, 180, 0, 180, new Arm(-8, -2), new Arm(8, 2),
                        new Leg(-38, 36, 0), new Leg(-30, 40, 0)),
                () -> List.of(mat(34, 40, 296, 150), arrow(236, 110, 226, 140, -10))));
        poses.add(new Pose("cat-back-up.svg", "On hands and knees, back rounded up toward the ceiling, head down",
                allFours(22, -50, STRAIGHT_DOWN, STRAIGHT_DOWN_FAR, KNEELING, KNEELING_FAR),
                () -> List.of(arrow(124, 96, 132, 62, -6))));
        poses.add(new Pose("camel-back-dip.svg", "On hands and knees, middle of the back dipped toward the floor, head up",
                allFours(-14, 30, STRAIGHT_DOWN, STRAIGHT_DOWN_FAR, KNEELING, KNEELING_FAR),
                () -> List.of(arrow(142, 88, 142, 124, 0))));
        poses.add(new Pose("pelvic-tilt.svg", "Lying face up, knees bent, rocking the low back gently to the floor and back",
                CROOK_LYING, () -> List.of(rocking(142, 156, 188, 156, 16))));
        poses.add(new Pose("knee-to-chest.svg", "Lying face up, one knee hugged toward the chest, the other foot flat",
                new Body(190, LYING, 180, 0, 180, new Arm(30, 70), new Arm(26, 68), new Leg(112, -30, 20),
                        CROOK_FAR),
                () -> List.of(arrow(246, 112, 218, 80, 12))));
        poses.add(new Pose("childs-pose.svg", "Kneeling, sitting back toward the heels, arms stretched forward on the floor",
                new Body(120, FLOOR - LIMB_WIDTH / 2 - THIGH * Math.sin(Math.toRadians(45)), -22, 6, 0,
                        new Arm(-8, 0), new Arm(-6, 0), new Leg(-45, 180, 180), new Leg(-47, 179, 180)),
                List::of));
        poses.add(new Pose("walking.svg", "Walking upright with an easy stride",
                new Body(160, FLOOR - LIMB_WIDTH / 2 - THIGH - SHIN + 5, 88, 0, 86, new Arm(-112, -92),
                        new Arm(-68, -52), new Leg(-70, -98, 0), new Leg(-110, -122, -20)),
                () -> List.of(arrow(206, 60, 250, 60, 0))));
        poses.add(new Pose("bridge.svg", "Lying face up, knees bent, hips lifted off the floor",
                new Body(178, LYING - 30, 206, 0, 186, new Arm(-16, -2), new Arm(-16, -2), new Leg(10, -80, 0),
                        new Leg(14, -78, 0)),
                () -> List.of(arrow(150, 180, 150, 146, 0))));
        poses.add(new Pose("bird-dog-arm.svg", "On hands and knees, one arm reaching straight forward",
                allFours(0, 5, new Arm(2, 2), STRAIGHT_DOWN_FAR, KNEELING, KNEELING_FAR), List::of));
        poses.add(new Pose("bird-dog-leg.svg", "On hands and knees, one leg stretched straight back",
                allFours(0, 5, STRAIGHT_DOWN, STRAIGHT_DOWN_FAR, new Leg(178, 178, 200), KNEELING_FAR), List::of));
        poses.add(new Pose("bird-dog-both.svg", "On hands and knees, one arm forward and the opposite leg back",
                allFours(0, 5, new Arm(2, 2), STRAIGHT_DOWN_FAR, KNEELING, new Leg(178, 178, 200)), List::of));
        return poses;
    }

    /** Writes every pose's SVG into {@code args[0]} (content/figures). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "content/figures");
        Files.createDirectories(folder);
        for (Pose pose : poses()) {
            Files.writeString(folder.resolve(pose.file()), svg(pose), StandardCharsets.UTF_8);
        }
        System.out.println("Drew " + poses().size() + " figures into " + folder);
    }
}
