package org.backspasm.handbook.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A clinic that publishes the handbook under its own name: the one place branding enters the build.
 *
 * @param id the edition's id, from the profile's file name; the edition is written to {@code site/<id>/}
 * @param profile the profile file as shown in messages
 * @param shortName the name where space is short (the card's top, a phone's header): 'short_name', or the name
 * @param nameLine the profile's line that sets the name, for messages
 * @param phone the number as printed, in the region's own format, with no-break spaces
 * @param phoneDial the number as a {@code tel:} link dials it: E.164, then {@code ;ext=} and any extension
 * @param logoSource the logo file beside the profile
 * @param logoFile the logo's file name in the edition, with the extension of its real kind
 * @param logoAspect the logo's width divided by its height, so that it is drawn at its own shape
 * @param brandColour a CSS hex colour that keeps 4.5:1 contrast against white
 * @param publicUrl where the clinic hosts this edition, if it does; the card and plan carry it as a QR code
 * @param templatesDir the clinic's own templates, which override the defaults of the same name
 */
public record Clinic(
        String id,
        String profile,
        String name,
        String shortName,
        int nameLine,
        String phone,
        String phoneDial,
        String email,
        String bookingUrl,
        String address,
        Path logoSource,
        String logoFile,
        double logoAspect,
        String brandColour,
        Optional<String> publicUrl,
        String reviewedBy,
        Optional<Path> templatesDir) {

    /** A name longer than this takes extra lines at the top of the card: 'short_name' is for that. */
    public static final int SHORT_NAME_LENGTH = 40;

    public String phoneHref() {
        return "tel:" + phoneDial;
    }

    public String emailHref() {
        return "mailto:" + email;
    }

    public boolean hasPublicUrl() {
        return publicUrl.isPresent();
    }

    /** The public URL as printed beside the QR code: without the scheme or a trailing slash. */
    /** The logo's width in the site header, where it is 40 px high: at its own shape, at most 160 px wide. */
    public int logoWebWidth() {
        return (int) Math.round(Math.min(160, 40 * logoAspect));
    }

    /** The logo's height in the site header: 40 px, less for a logo wider than 4:1. */
    public int logoWebHeight() {
        return (int) Math.round(logoWebWidth() / logoAspect);
    }

    /** The logo's width on paper in millimetres, in a box {@code 17 mm} high and at most 45 mm wide. */
    public double logoPrintWidthMm() {
        return Math.min(45, 17 * logoAspect);
    }

    /** The logo's height on paper in millimetres, kept to its shape. */
    public double logoPrintHeightMm() {
        return logoPrintWidthMm() / logoAspect;
    }

    public Optional<String> shortUrl() {
        return publicUrl.map(url -> url.replaceFirst("^https://", "").replaceFirst("/$", ""));
    }
}
