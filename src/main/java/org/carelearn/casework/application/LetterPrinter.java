package org.carelearn.casework.application;

/** Prints a case's written response as a letter (a port; infrastructure renders the PDF). */
public interface LetterPrinter {

    byte[] print(ResponseLetter letter);
}
