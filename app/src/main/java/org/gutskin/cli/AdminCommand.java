package org.gutskin.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.gutskin.io.InputException;
import org.gutskin.server.Accounts;
import org.gutskin.server.ApiError;
import org.gutskin.server.BrandingStore;
import org.gutskin.server.Logos;
import org.gutskin.server.DataDirectory;
import org.gutskin.server.Database;
import org.gutskin.server.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gutskin admin …}: accounts without SQL, on the database {@code serve} uses (same {@code --db} /
 * {@code --data-dir}). The first lab-admin comes from {@code admin create-admin} before the first start; later the
 * REST admin endpoints do the same over HTTP. On the embedded H2 database only one process may open the file, so
 * these commands run while the service is stopped; on PostgreSQL at any time. Passwords are read from the
 * terminal (twice, not echoed) or, without one, as the first line of standard input, never from an option.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = {"Administer the service's accounts: tenants, users with roles, passwords, API tokens, and each "
                + "tenant's branding.",
                "Works on the database of 'gutskin serve' (same --db/--data-dir); on the embedded database, while the "
                        + "service is stopped."},
        subcommands = {AdminCommand.CreateAdmin.class, AdminCommand.CreateTenant.class, AdminCommand.CreateUser.class,
                AdminCommand.SetPassword.class, AdminCommand.CreateToken.class, AdminCommand.RevokeToken.class,
                AdminCommand.ListUsers.class, AdminCommand.SetRole.class, AdminCommand.DisableUser.class,
                AdminCommand.EnableUser.class, AdminCommand.SetBranding.class})
final class AdminCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /** The work of one subcommand, given the open accounts. */
    interface Work {
        void run(Accounts accounts);
    }

    /** The work of one subcommand that also needs the tenants' branding. */
    interface BrandingWork {
        void run(Accounts accounts, BrandingStore branding);
    }

    static int withAccounts(DatabaseOptions o, Work work) {
        return withStores(o, (a, b) -> work.run(a));
    }

    /** Opens (creating and migrating when new) the database, runs the work, and maps a refusal to one line, exit 3. */
    static int withStores(DatabaseOptions o, BrandingWork work) {
        java.nio.file.Path dir = o.dir();
        try {
            if (o.db == null) {
                java.nio.file.Files.createDirectories(dir);
                DataDirectory.restrict(dir);
            }
        } catch (IOException e) {
            throw new InputException(dir.toString(), 0, "cannot create the data directory: " + e.getMessage(), e);
        }
        Database db;
        try {
            db = Database.open(o.db != null ? o.db : Database.embeddedUrl(dir), o.user(), DatabaseOptions.password(), 2);
        } catch (RuntimeException e) {
            throw new InputException("cannot open the database" + (o.db == null ? " in " + dir
                    + " (is 'gutskin serve' running on it? stop it first)" : " " + o.db) + ": " + rootMessage(e));
        }
        try (db) {
            if (o.db == null) DataDirectory.restrict(dir);
            work.run(new Accounts(db.jdbi(), Duration.ofDays(90)), new BrandingStore(db.jdbi()));
            return Main.OK;
        } catch (ApiError e) {
            throw new InputException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A new password from the terminal (asked twice) or the first line of standard input. */
    static String readPassword(String prompt) {
        Console c = System.console();
        if (c != null) {
            char[] a = c.readPassword("%s: ", prompt), b = c.readPassword("%s again: ", prompt);
            if (a == null || b == null || !java.util.Arrays.equals(a, b)) {
                throw new InputException("the two passwords differ");
            }
            return new String(a);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new InputException("no password: type it at the terminal or give it on standard input");
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long tenant(Accounts a, String name) {
        return a.tenantId(name).orElseThrow(() -> new InputException("no tenant '" + name + "'"));
    }

    static Accounts.User user(Accounts a, long tenant, String tenantName, String name) {
        return a.user(tenant, name).orElseThrow(() -> new InputException("no user '" + name + "' in tenant '"
                + tenantName + "'"));
    }

    @Command(name = "create-admin", mixinStandardHelpOptions = true,
            description = "First start: create a tenant and its first lab-admin, only while the database has no user. "
                    + "Password from the terminal or standard input.")
    static final class CreateAdmin implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "Name of the new tenant (your lab).") String tenant;
        @Option(names = "--user", required = true, description = "User name of the first lab-admin.") String user;

        @Override
        public Integer call() {
            String password = readPassword("password for " + user);
            return withAccounts(database, a -> {
                if (a.anyUser()) {
                    throw new InputException("the database has users already; use 'gutskin admin create-user' or "
                            + "'create-tenant'");
                }
                a.createTenantWithAdmin(tenant, user, password);
                System.out.println("gutskin: created tenant '" + tenant + "' and lab-admin '" + user + "'");
            });
        }
    }

    @Command(name = "create-tenant", mixinStandardHelpOptions = true,
            description = "Create a tenant with its first lab-admin. Password from the terminal or standard input.")
    static final class CreateTenant implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "Name of the new tenant.") String tenant;
        @Option(names = "--user", required = true, description = "User name of its first lab-admin.") String user;

        @Override
        public Integer call() {
            String password = readPassword("password for " + user);
            return withAccounts(database, a -> {
                a.createTenantWithAdmin(tenant, user, password);
                System.out.println("gutskin: created tenant '" + tenant + "' and lab-admin '" + user + "'");
            });
        }
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true,
            description = "Create a user of a tenant with a role. Password from the terminal or standard input.")
    static final class CreateUser implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The user's tenant.") String tenant;
        @Option(names = "--user", required = true, description = "User name (unique in the service).") String user;
        @Option(names = "--role", required = true, description = "viewer, clinician, analyst or lab-admin (each may "
                + "do what the ones before it may).") String role;

        @Override
        public Integer call() {
            return withAccounts(database, a -> {
                long t = tenant(a, tenant);
                Role r = Role.of(role);
                String password = readPassword("password for " + user);
                a.createUser(t, user, password, r);
                System.out.println("gutskin: created " + r.label() + " '" + user + "' in tenant '" + tenant + "'");
            });
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true,
            description = "Reset a user's password (their browser sessions end). Password from the terminal or "
                    + "standard input.")
    static final class SetPassword implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The user's tenant.") String tenant;
        @Option(names = "--user", required = true, description = "User name.") String user;

        @Override
        public Integer call() {
            return withAccounts(database, a -> {
                long t = tenant(a, tenant);
                Accounts.User u = user(a, t, tenant, user);
                a.setPassword(t, u.id(), readPassword("new password for " + user));
                System.out.println("gutskin: password of '" + user + "' set");
            });
        }
    }

    @Command(name = "create-token", mixinStandardHelpOptions = true,
            description = "Create an API token for a user, scoped to a role and expiring; printed once (only its "
                    + "SHA-256 is stored).")
    static final class CreateToken implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The user's tenant.") String tenant;
        @Option(names = "--user", required = true, description = "User name.") String user;
        @Option(names = "--role", description = "The token's role (default: the user's; the user's role still caps "
                + "it).") String role;
        @Option(names = "--days", defaultValue = "90", description = "Lifetime in days (default ${DEFAULT-VALUE}).")
        int days;
        @Option(names = "--name", defaultValue = "cli", description = "A label for the token (default ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() {
            if (days < 1 || days > 3650) throw new InputException("--days: from 1 to 3650, not " + days);
            return withAccounts(database, a -> {
                long t = tenant(a, tenant);
                Accounts.User u = user(a, t, tenant, user);
                Role r = role == null ? Role.of(u.role()) : Role.of(role);
                Accounts.NewToken k = a.createToken(t, u.id(), name, r, Duration.ofDays(days));
                System.out.println(k.token());
                System.err.println("gutskin: token " + k.id() + " for '" + user + "' (" + r.label() + "), expires "
                        + k.expiresAt() + "; shown only now");
            });
        }
    }

    @Command(name = "revoke-token", mixinStandardHelpOptions = true,
            description = "Revoke an API token by its id (from create-token or GET /api/admin/tokens); refused from "
                    + "the next request on.")
    static final class RevokeToken implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The token's tenant.") String tenant;
        @Option(names = "--id", required = true, description = "The token's id.") long id;

        @Override
        public Integer call() {
            return withAccounts(database, a -> {
                if (!a.revokeToken(tenant(a, tenant), id)) {
                    throw new InputException("no active token " + id + " in tenant '" + tenant + "'");
                }
                System.out.println("gutskin: token " + id + " revoked");
            });
        }
    }

    @Command(name = "list-users", mixinStandardHelpOptions = true,
            description = "List a tenant's users and roles (tab-separated: id, user, role, created, disabled).")
    static final class ListUsers implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The tenant.") String tenant;

        @Override
        public Integer call() {
            return withAccounts(database, a -> {
                System.out.println("id\tuser\trole\tcreated\tdisabled");
                for (Accounts.User u : a.users(tenant(a, tenant))) {
                    System.out.println(u.id() + "\t" + u.username() + "\t" + u.role() + "\t" + u.createdAt() + "\t"
                            + (u.disabledAt() == null ? "" : u.disabledAt()));
                }
            });
        }
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true,
            description = "Change a user's role; their sessions and tokens get it on their next request. Refused for "
                    + "the tenant's last active lab-admin.")
    static final class SetRole implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The user's tenant.") String tenant;
        @Option(names = "--user", required = true, description = "User name.") String user;
        @Option(names = "--role", required = true, description = "viewer, clinician, analyst or lab-admin.") String role;

        @Override
        public Integer call() {
            return withAccounts(database, a -> {
                long t = tenant(a, tenant);
                Role r = Role.of(role);
                a.setRole(t, user(a, t, tenant, user).id(), r);
                System.out.println("gutskin: '" + user + "' is now " + r.label());
            });
        }
    }

    @Command(name = "disable-user", mixinStandardHelpOptions = true,
            description = "Disable a user: no sign-in, and their sessions and API tokens stop at once (the user stays "
                    + "listed for the audit). Refused for the tenant's last active lab-admin.")
    static final class DisableUser implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The user's tenant.") String tenant;
        @Option(names = "--user", required = true, description = "User name.") String user;

        @Override
        public Integer call() {
            return withAccounts(database, a -> {
                long t = tenant(a, tenant);
                if (!a.disable(t, user(a, t, tenant, user).id())) {
                    throw new InputException("'" + user + "' is disabled already");
                }
                System.out.println("gutskin: '" + user + "' disabled");
            });
        }
    }

    @Command(name = "enable-user", mixinStandardHelpOptions = true, description = "Enable a disabled user again.")
    static final class EnableUser implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The user's tenant.") String tenant;
        @Option(names = "--user", required = true, description = "User name.") String user;

        @Override
        public Integer call() {
            return withAccounts(database, a -> {
                long t = tenant(a, tenant);
                if (!a.enable(t, user(a, t, tenant, user).id())) {
                    throw new InputException("'" + user + "' is not disabled");
                }
                System.out.println("gutskin: '" + user + "' enabled");
            });
        }
    }

    @Command(name = "set-branding", mixinStandardHelpOptions = true,
            description = {"Set a tenant's branding, shown in its reports' HTML/PDF header and footer and as the FHIR "
                    + "performer Organization: lab name, address, signatory, report-id format and logo.",
                    "Options not given keep their stored value; --name is required the first time."})
    static final class SetBranding implements Callable<Integer> {
        @Mixin DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--tenant", required = true, description = "The tenant.") String tenant;
        @Option(names = "--name", paramLabel = "NAME", description = "The lab's name, as printed on its reports.") String name;
        @Option(names = "--address", paramLabel = "TEXT", description = "Postal address; '\\n' (backslash n) separates lines.") String address;
        @Option(names = "--signatory", paramLabel = "NAME", description = "Who authorises the lab's reports, e.g. 'Dr A. Jones, lab "
                + "director'.") String signatory;
        @Option(names = "--report-id-format", paramLabel = "TEMPLATE", description = "Report-id template of {tenant}, {yyyy}, {yy}, {mm} and "
                + "{seq} or {seq:0N} ({seq} required), e.g. '" + "{tenant}-{yyyy}-{seq:05}" + "'; '' for none.")
        String reportIdFormat;
        @Option(names = "--logo", paramLabel = "FILE", description = "Logo file: PNG, or SVG (sanitised: scripts, event handlers and "
                + "external references dropped); at most 256 KB.") java.nio.file.Path logo;
        @Option(names = "--no-logo", description = "Remove the logo.") boolean noLogo;

        @Override
        public Integer call() {
            if (logo != null && noLogo) throw new InputException("give --logo FILE or --no-logo, not both");
            byte[] logoBytes = null;
            if (logo != null) {
                try {
                    if (java.nio.file.Files.size(logo) > Logos.MAX_BYTES) {
                        throw new InputException(logo, 0, "a logo of at most " + Logos.MAX_BYTES / 1024
                                + " KB");
                    }
                    logoBytes = java.nio.file.Files.readAllBytes(logo);
                } catch (IOException e) {
                    throw new InputException(logo.toString(), 0, "cannot read the logo: " + e.getMessage(), e);
                }
            }
            Logos.Logo checked;
            try {
                checked = logoBytes == null ? null : Logos.check(logoBytes); // before anything is written
            } catch (ApiError e) {
                throw new InputException(logo, 0, e.getMessage());
            }
            return withStores(database, (a, b) -> {
                long t = tenant(a, tenant);
                BrandingStore.Settings now = b.get(t).orElse(null);
                String n = name != null ? name : now == null ? null : now.labName();
                if (n == null) throw new InputException("--name: the lab's name is required the first time");
                String addr = address != null ? address.replace("\\n", "\n") : now == null ? null : now.address();
                String sig = signatory != null ? signatory : now == null ? null : now.signatory();
                String fmt = reportIdFormat != null ? reportIdFormat : now == null ? null : now.reportIdFormat();
                BrandingStore.Settings saved = b.save(t, n, addr, sig, fmt);
                if (checked != null) b.setLogo(t, checked);
                if (noLogo) b.removeLogo(t);
                System.out.println("gutskin: branding of '" + tenant + "' saved: " + saved.labName()
                        + (saved.reportIdFormat() == null ? "" : ", report ids " + saved.reportIdFormat())
                        + (checked != null ? ", logo " + checked.type() : noLogo ? ", no logo" : ""));
            });
        }
    }
}
