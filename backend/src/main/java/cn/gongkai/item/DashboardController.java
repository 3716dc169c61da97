package cn.gongkai.item;

import cn.gongkai.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workbench counts of a business user across the lists. */
@RestController
class DashboardController {

    private final ItemReader reader;

    DashboardController(ItemReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/items/dashboard")
    Dashboard dashboard(@AuthenticationPrincipal CurrentUser user) {
        return reader.dashboard(user);
    }
}
