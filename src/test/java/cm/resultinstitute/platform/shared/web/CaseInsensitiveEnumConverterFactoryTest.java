package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cm.resultinstitute.platform.projects.TaskStatus;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.converter.Converter;

class CaseInsensitiveEnumConverterFactoryTest {

    final CaseInsensitiveEnumConverterFactory factory = new CaseInsensitiveEnumConverterFactory();

    @Test
    void readsTheJsonSpellingAndTheConstantsNameInAnyCase() {
        Converter<String, TaskStatus> status = factory.getConverter(TaskStatus.class);

        assertThat(status.convert("todo")).isEqualTo(TaskStatus.TO_DO);
        assertThat(status.convert("TO_DO")).isEqualTo(TaskStatus.TO_DO);
        assertThat(status.convert(" In_Progress ")).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(status.convert("DONE")).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void anEnumWithoutJsonSpellingIsReadByName() {
        assertThat(factory.getConverter(DayOfWeek.class).convert("tuesday")).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void blankIsNoValueAndAnythingElseIsRefused() {
        Converter<String, TaskStatus> status = factory.getConverter(TaskStatus.class);

        assertThat(status.convert("  ")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> status.convert("to do"));
        assertThatIllegalArgumentException().isThrownBy(() -> status.convert("finished"));
    }
}
