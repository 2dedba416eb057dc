package cm.resultinstitute.platform.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jar leaves byte-buddy out; the tests have it (test libraries bring it). Hibernate must therefore run here as it
 * runs from the jar: with its "none" bytecode provider, which generates no class at runtime.
 */
@PlatformTest
class NoRuntimeBytecodeTest {

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void hibernateGeneratesNoClassAtRuntime() {
        BytecodeProvider provider = entityManagers
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(BytecodeProvider.class);
        assertThat(provider).isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
    }
}
