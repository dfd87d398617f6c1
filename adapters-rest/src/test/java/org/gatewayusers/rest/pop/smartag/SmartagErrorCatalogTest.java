package org.gatewayusers.rest.pop.smartag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.domain.smartag.SmartagRejection.Reason;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SmartagErrorCatalogTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "REGION, RegionId", "INSTANCE, SmartAGId", "USER_COUNT, UserCount", "CIDR_BLOCK, CidrBlock",
            "MIN_BANDWIDTH, MinBandwidth", "MAX_BANDWIDTH, MaxBandwidth", "DEFAULT_BANDWIDTH, DefaultBandwidth",
            "USER_NAME, UserName", "PASSWORD, Password", "USER_MAIL, UserMail", "BANDWIDTH, Bandwidth",
            "CLIENT_IP, ClientIp"})
    void names_each_subject_as_its_smartag_parameter(Subject subject, String parameter) {
        assertEquals(parameter, SmartagErrorCatalog.parameter(subject));
    }

    @ParameterizedTest
    @EnumSource(Subject.class)
    void names_every_subject_as_a_parameter(Subject subject) {
        assertTrue(SmartagErrorCatalog.parameter(subject).matches("[A-Z][A-Za-z]*"), subject.name());
        assertEquals(Optional.of(SmartagErrorCatalog.parameter(subject)),
                new SmartagErrorCatalog().parameter(new SmartagRejection(Reason.INSTANCE_NOT_FOUND, subject)));
    }
}
