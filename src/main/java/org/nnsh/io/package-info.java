/**
 * Files written safely and read suspiciously: {@link org.nnsh.io.AtomicFile} replaces a file all at once, and
 * {@link org.nnsh.io.SafeTensors} reads and writes the safetensors format that saved nets use, checking every
 * header field and byte range of a file that may be damaged ({@code SafeTensorsReader},
 * {@link org.nnsh.io.SafeTensorsHeader}).
 */
package org.nnsh.io;
