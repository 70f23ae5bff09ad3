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
import org.springframework.web.bind.annotation.RequestParam;
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

    /** By year, newest first; {@code q} narrows to agencies whose name contains it, {@code year} to one year. */
    @GetMapping("/public")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            Model model) {
        List<PublishedReport> all = publications.list();
        PortalQuery query = new PortalQuery(q, year);
        Map<Integer, List<PublishedReport>> byYear = query.apply(all).stream()
                .collect(Collectors.groupingBy(PublishedReport::year, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("byYear", byYear);
        model.addAttribute("q", query.agencyName());
        model.addAttribute("year", year);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("years", all.stream().map(PublishedReport::year).distinct().toList());
        return "public/list";
    }

    /** One agency's reports across the years, their headline figures side by side. */
    @GetMapping("/public/agencies/{agencyId}")
    String agency(@PathVariable long agencyId, Model model) {
        List<PublishedFigures> years = publications.acrossYears(agencyId);
        if (years.isEmpty()) {
            throw notFound();
        }
        model.addAttribute("agencyName", years.getFirst().entry().agencyName());
        model.addAttribute("years", years);
        model.addAttribute("lines", years.getFirst().headline().keySet());
        return "public/agency";
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
