package org.carelearn.xapi.domain.client;

import java.util.List;
import java.util.Optional;

public interface LrsClientRepository {

    Optional<LrsClient> findByKey(String key);

    List<LrsClient> findAll();

    void add(LrsClient client);
}
