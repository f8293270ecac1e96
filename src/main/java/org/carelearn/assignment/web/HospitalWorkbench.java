package org.carelearn.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.carelearn.assignment.application.Workbench;
import org.carelearn.assignment.application.WorkbenchScope;

/** admin/assignments.xhtml: the workbench for the whole hospital (the page is for administrators only). */
@Named
@ViewScoped
public class HospitalWorkbench extends WorkbenchPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Workbench workbench;

    @Override
    Optional<WorkbenchScope> scope() {
        return Optional.of(WorkbenchScope.hospital());
    }

    @Override
    Workbench workbench() {
        return workbench;
    }

    @Override
    protected String exportPath() {
        return "admin/assignments";
    }
}
