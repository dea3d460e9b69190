package vn.cbcs.platform.db;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the application context is created,
 * so that creating the cluster ({@code initdb}) and starting the server overlap Spring's own
 * start-up instead of following it (issue 18: about 2 s on a quiet machine, more under load). The
 * {@link EmbeddedCluster} bean then takes the server started here; if this did not start one (an
 * external database, production without the embedded server allowed, {@code
 * cbcs.embedded-db.early-start=false}), or started it with other settings, the bean starts it as
 * before. A server started here and never taken is stopped with the context.
 */
public class EarlyEmbeddedCluster
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String BEAN = "vn.cbcs.platform.db.EarlyEmbeddedCluster.started";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment env = context.getEnvironment();
    if (!env.getProperty("spring.datasource.url", "").isBlank()
        || !env.getProperty("cbcs.embedded-db.early-start", Boolean.class, true)
        || !(context.getBeanFactory() instanceof DefaultListableBeanFactory factory)) {
      return;
    }
    EmbeddedDbProperties props =
        Binder.get(env).bindOrCreate("cbcs.embedded-db", EmbeddedDbProperties.class);
    if (production(env) && !props.allowInProduction()) {
      return; // the bean refuses, as before
    }
    Started started = new Started(props);
    factory.registerSingleton(BEAN, started);
    factory.registerDisposableBean(BEAN, started);
  }

  static boolean production(org.springframework.core.env.Environment env) {
    return env.acceptsProfiles(Profiles.of("prod"))
        || "production".equalsIgnoreCase(env.getProperty("cbcs.mode", "demo"));
  }

  /** The server being started, until the {@link EmbeddedCluster} bean takes it. */
  static final class Started implements DisposableBean {
    private final EmbeddedDbProperties props;
    private final CompletableFuture<EmbeddedCluster> cluster = new CompletableFuture<>();
    private boolean taken;

    Started(EmbeddedDbProperties props) {
      this.props = props;
      Thread thread =
          new Thread(
              () -> {
                try {
                  cluster.complete(EmbeddedCluster.start(props));
                } catch (Throwable e) {
                  cluster.completeExceptionally(e);
                }
              },
              "embedded-postgres-start");
      thread.setDaemon(true);
      thread.start();
    }

    /**
     * The server started with these settings, waiting for it; null when it was started with others
     * (it is then stopped). A failure to start is thrown as the bean would have thrown it.
     */
    synchronized EmbeddedCluster take(EmbeddedDbProperties wanted) throws IOException {
      taken = true;
      EmbeddedCluster started = await();
      if (props.equals(wanted)) {
        return started;
      }
      started.close();
      return null;
    }

    private EmbeddedCluster await() throws IOException {
      try {
        return cluster.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while the embedded PostgreSQL started", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }

    @Override
    public synchronized void destroy() throws IOException {
      if (!taken) {
        taken = true;
        EmbeddedCluster started;
        try {
          started = await();
        } catch (IOException | RuntimeException e) {
          return; // it did not start: nothing to stop
        }
        started.close();
      }
    }
  }
}
