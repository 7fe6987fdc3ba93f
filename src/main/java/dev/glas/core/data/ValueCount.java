package dev.glas.core.data;

/** A value and how often it occurs (top values of a column profile). */
public record ValueCount(String value, int count) {
}
