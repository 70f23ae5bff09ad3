package cn.nianbao.agency;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to agencies for the other modules. */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

    private final AgencyRepository agencies;

    AgencyDirectory(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public String nameOf(long agencyId) {
        return agencies.findById(agencyId).map(Agency::getName).orElse("");
    }

    public Map<Long, String> namesOf(Collection<Long> agencyIds) {
        return agencies.findAllById(agencyIds).stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
    }

    public String codeOf(long agencyId) {
        return agencies.findById(agencyId).map(Agency::getCode).orElseThrow();
    }
}
