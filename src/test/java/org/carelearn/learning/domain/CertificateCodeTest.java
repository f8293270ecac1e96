package org.carelearn.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void generatedCodesHaveThePrintedFormAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CertificateCode.generate();
            assertTrue(code.matches("CL(-[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4}){3}"), code);
            assertEquals(Optional.of(code), CertificateCode.normalise(code), "a printed code reads back as itself");
            codes.add(code);
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void aCodeMayBeTypedInLowerCaseWithSpacesOtherDashesOrWithoutThePrefix() {
        Optional<String> code = Optional.of("CL-7KQM-X2PD-RH4N");
        assertEquals(code, CertificateCode.normalise("cl-7kqm-x2pd-rh4n"));
        assertEquals(code, CertificateCode.normalise("  CL 7KQM X2PD RH4N "));
        assertEquals(code, CertificateCode.normalise("cl7kqmx2pdrh4n"));
        assertEquals(code, CertificateCode.normalise("CL \u2013 7KQM \u2013 X2PD \u2013 RH4N"));
        assertEquals(code, CertificateCode.normalise("7KQM-X2PD-RH4N"));
        assertEquals(code, CertificateCode.normalise("\t7kqm x2pd\nrh4n"));
    }

    @Test
    void whatCannotBeACodeIsRefusedBeforeAnyLookUp() {
        for (String typed : new String[] {null, "", "   ", "CL-7KQM-X2PD", "CL-7KQM-X2PD-RH4N-AAAA",
                "CL-7KQM-X2PD-RH40", "CL-7KQM-X2PD-RH4I", "XX-7KQM-X2PD-RH4N", "CL-7KQM-X2PD-RH4%",
                "' OR 1=1 --", "CL-7KQM-X2PD-RH4N" + " ".repeat(40)}) {
            assertEquals(Optional.empty(), CertificateCode.normalise(typed), String.valueOf(typed));
        }
    }
}
