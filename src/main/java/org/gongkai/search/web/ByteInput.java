package org.gongkai.search.web;

/** Reads what {@link ByteOutput} writes: bytes and unsigned LEB128 varints, from a position that moves on. */
final class ByteInput {

    private final byte[] bytes;
    private int at;

    ByteInput(byte[] bytes, int at) {
        this.bytes = bytes;
        this.at = at;
    }

    byte[] bytes() {
        return bytes;
    }

    int position() {
        return at;
    }

    int readByte() {
        return bytes[at++] & 0xFF;
    }

    long readVarint() {
        long value = 0;
        for (int shift = 0;; shift += 7) {
            int b = readByte();
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }

    void skip(int length) {
        at += length;
    }
}
