package cn.nianbao.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public portal: published reports by year and agency, each in the standard layout. No login. A corrected report
 * is listed once, as its current edition; its page carries the 更正说明 and links to every earlier edition, each of
 * which stays readable, marked as superseded.
 */
@Controller
class PortalController {

    private final PublicationService publications;

    PortalController(PublicationService publications) {
        this.publications = publications;
    }

    @GetMapping("/public")
    String list(Model model) {
        Map<Integer, List<PublishedReport>> byYear = publications.list().stream()
                .collect(Collectors.groupingBy(PublishedReport::year, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("byYear", byYear);
        return "public/list";
    }

    @GetMapping("/public/reports/{publicationId}")
    String report(@PathVariable long publicationId, Model model) {
        PortalPage page = publications.page(publicationId).orElseThrow(PortalController::notFound);
        model.addAttribute("entry", page.entry());
        model.addAttribute("versions", page.versions());
        model.addAttribute("shown", page.shown());
        model.addAttribute("current", page.versions().getLast());
        model.addAttribute("edition", page.edition());
        model.addAttribute("report", StandardLayout.of(page.report()));
        return "public/report";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份已发布的报告");
    }
}
