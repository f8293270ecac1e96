package org.carelearn.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.carelearn.assignment.application.Workbench;
import org.carelearn.assignment.application.WorkbenchRow;

/** admin/assignments.xhtml: the workbench for the whole hospital (the page is for administrators only). */
@Named
@ViewScoped
public class HospitalWorkbench extends WorkbenchPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private Workbench workbench;

    @Override
    protected List<WorkbenchRow> read() {
        return workbench.hospital();
    }

    @Override
    protected String exportPath() {
        return "admin/assignments";
    }
}
