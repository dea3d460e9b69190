package vn.cbcs.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs and shown by Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  @Bean
  OpenAPI cbcsOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("CBCS API")
                .version("v1")
                .description(
                    "Hồ sơ cán bộ, công chức cấp xã — JSON API. Mọi danh sách nhận tham số asOf"
                        + " (YYYY-MM-DD, mặc định hôm nay). Đăng nhập bằng HTTP Basic hoặc phiên"
                        + " làm việc của trình duyệt. / Every list takes asOf (ISO date, default"
                        + " today). Sign in with HTTP Basic or the browser session."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
