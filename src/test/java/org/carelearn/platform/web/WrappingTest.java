package org.carelearn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrappingTest {

    @Test
    void breaksOnlyAfterSeparators() {
        assertEquals("https://<wbr>carelearn.<wbr>example/<wbr>courses/<wbr>trauma-<wbr>informed-<wbr>care",
                Wrapping.atSeparators("https://carelearn.example/courses/trauma-informed-care"));
        assertEquals("victor.<wbr>mensah", Wrapping.atSeparators("victor.mensah"));
        assertEquals("admin", Wrapping.atSeparators("admin"));
        assertEquals("end-", Wrapping.atSeparators("end-"));
    }

    @Test
    void escapesEverythingElse() {
        assertEquals("&lt;script&gt;x&lt;/<wbr>script&gt;", Wrapping.atSeparators("<script>x</script>"));
        assertEquals("a&amp;<wbr>b &quot;c&quot;", Wrapping.atSeparators("a&b \"c\""));
        assertEquals("", Wrapping.atSeparators(null));
    }
}
