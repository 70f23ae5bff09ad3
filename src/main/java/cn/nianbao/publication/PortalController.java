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

/** The public portal: published reports by year and agency, each in the standard layout. No login. */
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
        PublishedReport entry = publications.find(publicationId).orElseThrow(PortalController::notFound);
        model.addAttribute("entry", entry);
        model.addAttribute("report", StandardLayout.of(publications.content(publicationId).orElseThrow()));
        return "public/report";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份已发布的报告");
    }
}
