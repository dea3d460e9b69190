package vn.cbcs.units.load;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/** Loads the official unit lists at first start (and any added since) before serving requests. */
@Component
@DependsOnDatabaseInitialization
class UnitCatalogueStartup implements InitializingBean {

  private final UnitCatalogueLoader loader;
  private final boolean enabled;

  UnitCatalogueStartup(
      UnitCatalogueLoader loader, @Value("${cbcs.units.load-on-startup:true}") boolean enabled) {
    this.loader = loader;
    this.enabled = enabled;
  }

  @Override
  public void afterPropertiesSet() {
    if (enabled) {
      loader.loadMissing();
    }
  }
}
