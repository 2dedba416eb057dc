package cm.resultinstitute.platform.shared.persistence;

import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate without classes generated at runtime: no association is lazy, so no entity needs a proxy, and the jar
 * leaves out byte-buddy (9 MB). Hibernate's own provider for that case ("none", the one native images use) replaces
 * the one it would otherwise look up, which needs byte-buddy even to load: in the service registry (this class is
 * listed in {@code META-INF/services}) and for the JPA bootstrap's class transformer (a Spring bean).
 */
@Component
public class NoRuntimeBytecode implements ServiceContributor, HibernatePropertiesCustomizer {

    private static final String BOOTSTRAP_PROVIDER = "hibernate.enhancer.bytecodeprovider.instance";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        registry.addService(BytecodeProvider.class, provider());
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(BOOTSTRAP_PROVIDER, provider());
    }

    private static BytecodeProvider provider() {
        return new org.hibernate.bytecode.internal.none.BytecodeProviderImpl();
    }
}
