package org.carelearn.staff.infrastructure;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;

/**
 * Makes {@code StaffMember.manager} lazy without weaving (persistence.xml turns weaving off): EclipseLink's
 * annotation processing gives a LAZY to-one the woven kind of indirection, which it drops again when the class
 * was not woven, and would then read every manager above a person with the person. A field of type
 * {@code ValueHolderInterface} with basic indirection is EclipseLink's own lazy reference. Named in persistence.xml
 * ({@code eclipselink.descriptor.customizer.StaffMember}).
 */
public class StaffMemberDescriptor implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        ((ForeignReferenceMapping) descriptor.getMappingForAttributeName("manager")).useBasicIndirection();
    }
}
