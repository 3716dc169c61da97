package cn.gongkai.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void anIdNumberKeepsItsFirstThreeAndLastFourCharacters() {
        assertThat(PersonalData.maskId("110105199001011234")).isEqualTo("110***********1234");
        assertThat(PersonalData.maskId("91110000MA01ABCD2X")).isEqualTo("911***********CD2X");
        assertThat(PersonalData.maskId("E123")).isEqualTo("**23");
        assertThat(PersonalData.maskId(null)).isNull();
    }

    @Test
    void contactsKeepOnlyWhatIdentifiesNoOne() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("0571-8888")).isEqualTo("057**8888");
        assertThat(PersonalData.maskPhone("110")).isEqualTo("***");
        assertThat(PersonalData.maskEmail("zhangsan@example.cn")).isEqualTo("z***@example.cn");
        assertThat(PersonalData.maskEmail("nonsense")).isEqualTo("***");
        assertThat(PersonalData.maskAddress("北京市朝阳区某某街道1号")).isEqualTo("北京市朝阳区***");
        assertThat(PersonalData.maskAddress("某地")).isEqualTo("***");
    }
}
