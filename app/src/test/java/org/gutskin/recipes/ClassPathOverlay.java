package org.gutskin.recipes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh copy of gutskin in its own class loader, with a directory laid over the class path: files in the overlay
 * (a services line, an edited knowledge-base file) win over the built ones, exactly as they would after a newcomer
 * edited the sources and rebuilt. Registries and the bundled knowledge base are loaded anew inside it, so what a
 * recipe adds never leaks into the other tests.
 */
public final class ClassPathOverlay implements AutoCloseable {

    private final URLClassLoader loader;

    public ClassPathOverlay(Path overlay) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(overlay.toUri().toURL());
            for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                if (!e.isBlank()) urls.add(Path.of(e).toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        this.loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Writes {@code text} to {@code rel} under the overlay directory. */
    public static void write(Path overlay, String rel, String text) {
        try {
            Path p = overlay.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result of one command line run inside the overlay. */
    public record Run(int exit, String out, String err) {}

    /** Runs {@code gutskin ARGS} ({@code Main.execute}) inside the overlay, stdout and stderr captured. */
    public Run gutskin(String... args) throws Exception {
        synchronized (System.class) {
            PrintStream oldOut = System.out, oldErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                Method m = loader.loadClass("org.gutskin.cli.Main").getMethod("execute", String[].class);
                int code = (Integer) m.invoke(null, (Object) args);
                return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }

    /** Calls a public static method without arguments inside the overlay. */
    public Object call(String className, String method) throws Exception {
        return loader.loadClass(className).getMethod(method).invoke(null);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
