package org.gutskin.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106), the memory-hard winner of the Password Hashing Competition.
 *
 * <p>Parameters follow the OWASP Password Storage Cheat Sheet's first Argon2id option: m = 19 MiB, t = 2, p = 1,
 * a 16-byte random salt and a 32-byte tag. The stored form is the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} (unpadded base64), so parameters can be raised later while old
 * hashes still verify. Verification compares in constant time.
 */
public final class Passwords {

    private static final int MEMORY_KIB = 19 * 1024, ITERATIONS = 2, PARALLELISM = 1, SALT = 16, TAG = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private Passwords() {}

    public static String hash(String password) {
        byte[] salt = new byte[SALT];
        RANDOM.nextBytes(salt);
        byte[] tag = argon2id(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, TAG);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(tag);
    }

    /** True when {@code password} matches a hash made by {@link #hash}; false for any malformed hash. */
    public static boolean verify(String password, String phc) {
        String[] parts = phc.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) return false;
        int m = 0, t = 0, p = 0;
        for (String kv : parts[3].split(",")) {
            String[] e = kv.split("=", 2);
            if (e.length != 2) return false;
            int v = Integer.parseInt(e[1]);
            switch (e[0]) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> { return false; }
            }
        }
        byte[] salt = B64D.decode(parts[4]), expected = B64D.decode(parts[5]);
        byte[] actual = argon2id(password, salt, m, t, p, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    static byte[] argon2id(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism)
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[length];
        gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
